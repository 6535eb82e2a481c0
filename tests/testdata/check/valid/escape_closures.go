package main

import "fmt"

// By-value capture: x and y are small and never reassigned, so they do not move.
func captureByValue() func() int {
	x, y := 1, 2
	return func() int { return x + y }
}

// Captured and modified by an escaping closure: moved to heap.
func captureByRef() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// A closure called in place does not escape.
func local() int {
	x := 0
	inc := func() { x++ }
	inc()
	inc()
	return x
}

func main() {
	f := captureByValue()
	g := captureByRef()
	fmt.Println(f(), g(), g(), local())
	total := 0
	func() { total += 10 }()
	defer func() { fmt.Println("deferred sees", total) }()
	total++
}
