package main

import "fmt"

type T struct{ a int }

func (t T) Get() int { return t.a }

func local() int {
	t := T{a: 4}
	f := t.Get
	return f()
}

func main() {
	fmt.Println(local())
}
