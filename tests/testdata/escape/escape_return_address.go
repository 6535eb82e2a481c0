package main

import "fmt"

func newInt() *int {
	x := 42
	return &x
}

func main() {
	p := newInt()
	fmt.Println(*p)
}
