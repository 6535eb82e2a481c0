package main

import "fmt"

var sink interface{}

type T struct{ a, b int }

func box(n int) interface{} { return n }

func main() {
	x := 300
	sink = x // boxing into a global escapes
	var i interface{} = 5
	_ = i
	fmt.Println(box(7), box(300), sink)
	t := T{1, 2}
	fmt.Println(t, "literal", 1+2)
	s := []int{1}
	fmt.Println(s)
}
