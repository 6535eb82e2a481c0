package main

import "fmt"

type T struct{ v int }

var keep *T
var box interface{}

func fromPtr(x interface{}) {
	keep = x.(*T)
}

func fromValue(x interface{}) int {
	t := x.(T)
	box = t
	return t.v
}

func main() {
	fromPtr(&T{v: 1})
	fmt.Println(keep.v, fromValue(T{v: 2}))
}
