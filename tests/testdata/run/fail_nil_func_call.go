package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("calling nil func", f == nil)
	// calling a nil func value is a nil pointer dereference
	fmt.Println(f(1))
	fmt.Println("unreachable")
}
