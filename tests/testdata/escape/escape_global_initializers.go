package main

import "fmt"

type T struct{ n int }

var m = map[string]*int{}
var s = []int{1, 2}
var p = &T{n: 3}
var f = func() int { return len(s) }

func main() {
	x := 4
	m["x"] = &x
	fmt.Println(*m["x"], s, p.n, f())
}
