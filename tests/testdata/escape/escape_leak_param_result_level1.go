package main

import "fmt"

func deref(pp **int) *int {
	return *pp
}

func main() {
	x := 2
	p := &x
	fmt.Println(*deref(&p))
}
