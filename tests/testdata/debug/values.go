package main

import "fmt"

type point struct{ x, y int }

type named struct {
	name string
	tags []string
	p    *point
}

func main() {
	a := 42
	s := "hi\n"
	f := 2.5
	b := true
	pt := point{1, 2}
	pp := &pt
	var np *point
	sl := []int{1, 2, 3}
	arr := [2]int{7, 8}
	m := map[string]int{"k": 1}
	var e interface{} = 5
	var ne error
	n := named{"x", []string{"a"}, pp}
	var ns []int
	fmt.Println(a, s, f, b, pt, pp, np, sl, arr, m, e, ne, n, ns)
}
