package main

import "fmt"

func local() int {
	x := 0
	f := func() { x++ }
	f()
	f()
	return x
}

func main() {
	fmt.Println(local())
}
