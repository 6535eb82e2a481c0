package main

import "fmt"

func main() {
	var p *[4]int
	// len of a nil *array is its constant length, no dereference
	fmt.Println(len(p), cap(p))
	p[1] = 2
	fmt.Println("unreachable")
}
