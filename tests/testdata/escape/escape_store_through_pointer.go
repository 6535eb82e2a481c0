package main

import "fmt"

type Box struct{ p *int }

func viaPtr() int {
	x := 1
	b := &Box{}
	b.p = &x
	return *b.p
}

func main() {
	fmt.Println(viaPtr())
}
