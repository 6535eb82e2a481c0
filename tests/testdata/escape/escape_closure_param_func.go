package main

import "fmt"

func apply(f func(int) int, v int) int {
	return f(v)
}

func main() {
	k := 3
	fmt.Println(apply(func(v int) int { return v * k }, 4))
}
