package main

import "fmt"

func main() {
	defer fmt.Println("deferred before crash")
	var v interface{}
	fmt.Println("value is nil:", v == nil)
	// Go 1.19 prints "panic: nil" (Go 1.21+ would print a PanicNilError).
	panic(v)
}
