package main

import "fmt"

func main() {
	x := 42
	if x%2 == 0 {
		fmt.Println("even, about to fail")
	}
	panic(fmt.Sprintf("bad value %d (%q)", x, "why"))
}
