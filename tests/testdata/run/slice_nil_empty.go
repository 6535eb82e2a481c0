package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil, len(a), cap(a))
	fmt.Println(a, b, c)
	fmt.Printf("%v %v %d %T\n", a, b, len(c), a)
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a, a == nil)
	d := a[:0]
	fmt.Println(d == nil, len(d), cap(d))
	var e []string
	e = append(e, e...)
	fmt.Println(e == nil, len(e))
	f := a[1:]
	fmt.Println(f, len(f), f == nil)
}
