package main

import "fmt"

func static() int {
	x := 2
	sq := func(n int) int { return n * n * x }
	return sq(3)
}

func reassigned(flag bool) int {
	x := 2
	op := func(n int) int { return n + x }
	if flag {
		op = func(n int) int { return n - x }
	}
	return op(10)
}

func main() {
	fmt.Println(static(), reassigned(true), reassigned(false))
}
