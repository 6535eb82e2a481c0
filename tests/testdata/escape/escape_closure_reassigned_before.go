package main

import "fmt"

func before() func() int {
	x := 1
	x = 2
	f := func() int { return x }
	return f
}

func main() {
	fmt.Println(before()())
}
