package main

import "fmt"

type Box struct{ p *int }

func local() int {
	x := 1
	var b Box
	b.p = &x
	return *b.p
}

func main() {
	fmt.Println(local())
}
