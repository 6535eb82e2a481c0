package main

import "fmt"

type List struct {
	v    int
	next *List
}

func build(n int) *List {
	if n == 0 {
		return nil
	}
	return &List{v: n, next: build(n - 1)}
}

func sum(l *List) int {
	if l == nil {
		return 0
	}
	return l.v + sum(l.next)
}

func main() {
	fmt.Println(sum(build(4)))
}
