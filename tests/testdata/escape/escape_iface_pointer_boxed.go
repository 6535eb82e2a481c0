package main

import "fmt"

var sink interface{}

func boxPtr() {
	x := 5
	sink = &x
}

func main() {
	boxPtr()
	fmt.Println(*sink.(*int))
}
