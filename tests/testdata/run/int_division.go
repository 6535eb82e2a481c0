package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {0, -5}, {9, 9}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a, "/", b, "=", a/b, " ", a, "%", b, "=", a%b)
	}
	var x int8 = -7
	var y int8 = 3
	fmt.Println(x/y, x%y)
	var u uint8 = 250
	var v uint8 = 7
	fmt.Println(u/v, u%v)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	n := -17
	fmt.Println(n/4, n%4, n/-4, n%-4)
	fmt.Println(n/8, n%8, n>>3, n&7)
}
