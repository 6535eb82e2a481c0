package main

import "fmt"

func okVar() byte {
	var a [10 << 20]byte
	a[1] = 2
	return a[1]
}

func main() {
	fmt.Println(okVar())
}
