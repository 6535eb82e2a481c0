package main

import "fmt"

type T struct{ v int }

func newT(v int) *T { return &T{v: v} }

func (t *T) get() int { return t.v }

func (t T) double() int { return t.v * 2 }

func makeT(v int) T { return T{v: v} }

func main() {
	fmt.Println(newT(3).get(), makeT(4).double())
}
