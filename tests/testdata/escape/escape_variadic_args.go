package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keep(ps ...*int) *int {
	return ps[0]
}

func main() {
	a := 1
	fmt.Println(sum(1, 2, 3), *keep(&a))
}
