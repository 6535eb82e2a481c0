package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	m := map[string]Point{"a": {1, 2}}
	m["a"].X = 10
	fmt.Println(m)
}
