package main

import "fmt"

func elem() int {
	x := 1
	var a [2]*int
	a[0] = &x
	return *a[0]
}

func main() {
	fmt.Println(elem())
}
