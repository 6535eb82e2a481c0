package main

import "fmt"

type P struct{ x int }

func (a, b P) Sum() int { return a.x + b.x }

func main() {
	fmt.Println(P{1})
}
