package main

import "fmt"

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	fmt.Println(adder(10)(5))
	c := counter()
	c()
	fmt.Println(c(), counter()())
}
