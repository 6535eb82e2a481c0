package main

import "fmt"

type Inner struct{ vals []int }

type Outer struct {
	in   Inner
	tags map[string]int
	next *Outer
}

func build() *Outer {
	return &Outer{
		in:   Inner{vals: []int{1, 2, 3}},
		tags: map[string]int{"a": 1},
		next: &Outer{in: Inner{vals: []int{4}}},
	}
}

func localOnly() int {
	o := Outer{in: Inner{vals: []int{5, 6}}}
	return len(o.in.vals)
}

func main() {
	o := build()
	fmt.Println(len(o.in.vals), o.tags["a"], o.next.in.vals[0], localOnly())
}
