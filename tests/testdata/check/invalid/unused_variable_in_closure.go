package main

import "fmt"

func main() {
	f := func(n int) int {
		doubled := n * 2
		return n + 1
	}
	fmt.Println(f(1))
}
