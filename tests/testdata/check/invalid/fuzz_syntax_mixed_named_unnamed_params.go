package main

import "fmt"

func apply(op func(int, int) int, a, int) int { return op(a, a) }

func main() {
	fmt.Println(apply(nil, 1, 2))
}
