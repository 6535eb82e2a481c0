package main

import "fmt"

func bigVar() byte {
	var a [10<<20 + 1]byte
	a[1] = 2
	return a[1]
}

func main() {
	fmt.Println(bigVar())
}
