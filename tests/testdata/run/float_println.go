package main

import "fmt"

func main() {
	fmt.Println(3.0, 1e6, 1e21, 1e-5, 100000.0, 123456.7, 1234567.0)
	fmt.Println(0.0001, 1e-7, 2.5, -0.5, 1e20, 1e100)
	x := 3.0
	y := 1e6
	z := 1e21
	w := 1e-5
	fmt.Println(x, y, z, w)
	var a, b float64 = 0.1, 0.2
	fmt.Println(a+b, 0.1+0.2)
	fmt.Println(1.0/3, 2.0/3, 10.0/4)
	one, three := 1.0, 3.0
	fmt.Println(one/three, one/three*three)
	fmt.Println(float64(1<<53), float64(1<<53+1), 9007199254740993.0)
	var neg float64 = -0.0
	zero := 0.0
	fmt.Println(neg, -zero, 1/(-zero) < 0)
}
