package main

import "fmt"

var g *int

func leakContent(pp **int) {
	g = *pp
}

func main() {
	x := 8
	p := &x
	leakContent(&p)
	fmt.Println(*g)
}
