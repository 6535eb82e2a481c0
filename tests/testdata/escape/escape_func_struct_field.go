package main

import "fmt"

type Op struct {
	name string
	fn   func(int, int) int
}

func apply(o *Op, a, b int) int {
	return o.fn(a, b)
}

func main() {
	add := Op{name: "add", fn: func(a, b int) int { return a + b }}
	scale := 3
	mul := &Op{name: "mul", fn: func(a, b int) int { return a * b * scale }}
	fmt.Println(add.name, add.fn(2, 3))
	fmt.Println(mul.name, apply(mul, 2, 3))
}
