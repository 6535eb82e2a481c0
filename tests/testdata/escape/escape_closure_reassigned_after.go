package main

import "fmt"

func after() func() int {
	x := 1
	f := func() int { return x }
	x = 2
	return f
}

func main() {
	fmt.Println(after()())
}
