package main

import "fmt"

func both(p, q *int) (*int, *int) {
	return q, p
}

func main() {
	x, y := 1, 2
	a, b := both(&x, &y)
	fmt.Println(*a, *b)
}
