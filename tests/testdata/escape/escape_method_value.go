package main

import "fmt"

type T struct{ a int }

func (t *T) Get() int { return t.a }

func bound() func() int {
	t := &T{a: 4}
	return t.Get
}

func main() {
	fmt.Println(bound()())
}
