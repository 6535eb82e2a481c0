package main

import "fmt"

func main() {
	var f32 float32 = 1.5
	var f64 float64 = 2.25
	fmt.Println(f32*2, f64/3)
	fmt.Println(float32(0.1), float64(float32(0.1)))
	fmt.Println(1.0/3.0, 2.0/3)
	x := 10.0
	y := 4.0
	fmt.Println(x/y, x*y, x-y, x+y)
	f := 3.99
	fmt.Println(int(f), int(-f), int64(1e10), int(3.0))
	n := 7
	fmt.Println(float64(n)/2, n/2)
	fmt.Println(1e6, 1e21, 123456.7, 1234567.0, 1e-5, 0.0001)
	var zero float64
	fmt.Println(1/zero > 1e308, -1/zero < -1e308, zero/zero == zero/zero)
	fmt.Printf("%.2f %6.3f %e %g\n", f64, f32, 123456.789, 0.000012)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum)
	var s64 float64
	for i := 0; i < 10; i++ {
		s64 += 0.1
	}
	fmt.Println(s64, s64 == 1.0)
	fmt.Println(.5, 1., 6.02e23, 0x1p-2)
}
