package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a, b, a+b, float64(a), float64(a+b))
	var c float32 = 16777216
	fmt.Println(c, c+1, c+2)
	var d float32 = 1.0 / 3
	fmt.Println(d, d*3, float64(d))
	var e float32 = 3.4e38
	fmt.Println(e, e*10)
	f := float32(1e-40)
	fmt.Println(f, f > 0)
	fmt.Printf("%v %.3f %e %g %T\n", a, a, a, a, a)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum64 += 0.1
	}
	fmt.Println(sum64, sum64 == 1)
}
