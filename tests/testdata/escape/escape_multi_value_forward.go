package main

import "fmt"

func pair() (*int, *int) {
	a, b := 3, 4
	return &a, &b
}

func sum2(p, q *int) int {
	return *p + *q
}

func again() (*int, *int) {
	return pair()
}

func main() {
	x, y := again()
	fmt.Println(sum2(pair()), *x**y)
}
