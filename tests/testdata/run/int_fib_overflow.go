package main

import "fmt"

func main() {
	var a, b int32 = 0, 1
	for i := 0; i < 50; i++ {
		a, b = b, a+b
		if i%7 == 0 {
			fmt.Println(i, a)
		}
	}
	var c, d uint8 = 0, 1
	for i := 0; i < 15; i++ {
		c, d = d, c+d
	}
	fmt.Println(c, d)
	var p int64 = 1
	for i := 0; i < 70; i++ {
		p *= 3
	}
	fmt.Println(p)
}
