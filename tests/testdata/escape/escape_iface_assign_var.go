package main

import "fmt"

var sink interface{}

func box() {
	x := 1
	var i interface{} = x
	_ = i
	y := 2
	sink = y
}

func main() {
	box()
	fmt.Println(sink)
}
