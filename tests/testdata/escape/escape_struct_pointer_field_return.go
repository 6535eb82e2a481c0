package main

import "fmt"

type P struct{ p *int }

func fieldEsc() *P {
	x := 1
	p := &P{}
	p.p = &x
	return p
}

func wrap() P {
	y := 2
	return P{&y}
}

func main() {
	fmt.Println(*fieldEsc().p, *wrap().p)
}
