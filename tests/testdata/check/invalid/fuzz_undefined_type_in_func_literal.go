package main

import "fmt"

func main() {
	var fib func(int) int
	fib = func(n Number) int {
		return n
	}
	fmt.Println(fib(3))
}
