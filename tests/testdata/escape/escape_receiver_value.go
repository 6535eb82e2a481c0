package main

import "fmt"

type S struct {
	name string
	p    *int
}

func (s S) Name() string { return s.name }

func (s S) Ptr() *int { return s.p }

func main() {
	x := 1
	s := S{"s", &x}
	fmt.Println(s.Name(), *s.Ptr())
}
