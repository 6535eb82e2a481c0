package main

import "fmt"

func main() {
	var a int8 = 100
	fmt.Println(a * 2)
	var b uint8 = 200
	fmt.Println(b * 2)
	var c int16 = 300
	fmt.Println(c * c)
	var d int32 = 100000
	fmt.Println(d * d)
	var e uint32 = 100000
	fmt.Println(e * e)
	var f int64 = 4000000000
	fmt.Println(f * f)
	var g uint64 = 1 << 63
	fmt.Println(g * 2)
	var h int8 = -128
	fmt.Println(-h, h*-1, h/-1)
	var x int32 = -2147483648
	fmt.Println(-x, x/-1, x%-1)
	// factorial in several widths
	var f8 uint8 = 1
	var f16 int16 = 1
	var f32 int32 = 1
	var f64 int64 = 1
	for n := 1; n <= 25; n++ {
		f8 *= uint8(n)
		f16 *= int16(n)
		f32 *= int32(n)
		f64 *= int64(n)
		if n%5 == 0 {
			fmt.Println(n, f8, f16, f32, f64)
		}
	}
}
