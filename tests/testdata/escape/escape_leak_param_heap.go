package main

import "fmt"

var g *int

func leak(p *int) {
	g = p
}

func main() {
	x := 8
	leak(&x)
	fmt.Println(*g)
}
