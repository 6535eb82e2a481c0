package main

import "fmt"

type P struct{ x int }

func main() {
	n := 5
	p := &n
	q := &P{3}
	*p = 6
	fmt.Println(n, *p, q.x, p != nil)
}
