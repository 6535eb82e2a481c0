package main

import "fmt"

func main() {
	a := make([]int, 3, 4)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(a, b, c)
	b[0] = 9
	fmt.Println(a[0], c[0])
	d := append(b, 3)
	d[1] = 8
	fmt.Println(b, d)
	x := []int{1, 2, 3}
	y := x[:2]
	y = append(y, 99)
	fmt.Println(x, y)
	y = append(y, 100)
	y[0] = -1
	fmt.Println(x, y)
	base := []int{1, 2, 3, 4, 5}
	head := base[:2]
	tail := base[2:]
	head = append(head, 0)
	fmt.Println(base, head, tail)
}
