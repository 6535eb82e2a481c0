package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	reset := func() { n = 0 }
	return inc, reset
}

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	inc2, _ := counter()
	fmt.Println(inc2(), inc())
	x := 1
	f := func() { x *= 10 }
	f()
	f()
	fmt.Println(x)
	x = 5
	g := func() int { return x + 1 }
	x = 50
	fmt.Println(g())
}
