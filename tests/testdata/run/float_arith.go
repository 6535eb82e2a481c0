package main

import "fmt"

func sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	for _, v := range []float64{2, 3, 4, 10, 1e10, 0.25} {
		fmt.Println(v, sqrt(v))
	}
	sum := 0.0
	for i := 1; i <= 100; i++ {
		sum += 1 / float64(i)
	}
	fmt.Println("harmonic(100) =", sum)
	pi := 0.0
	sign := 1.0
	for k := 0; k < 1000; k++ {
		pi += sign * 4 / float64(2*k+1)
		sign = -sign
	}
	fmt.Println("pi ~", pi)
	c := 100.0
	f := c*9/5 + 32
	fmt.Println(c, "C =", f, "F")
	fmt.Println(7.0/2, -7.0/2, 1e300*1e-300, 5e-324, 5e-324/2)
}
