package main

import "fmt"

type Point struct{ X, Y int }

type T struct{ n int }

func points() []*Point {
	return []*Point{{1, 2}, {3, 4}}
}

func local() int {
	m := map[string]*T{"a": {1}, "b": {2}}
	return m["a"].n + m["b"].n
}

func main() {
	ps := points()
	fmt.Println(ps[1].X, local())
}
