package main

import "fmt"

func adder() func() int {
	x, y := 1, 2
	return func() int { return x + y }
}

func main() {
	fmt.Println(adder()())
}
