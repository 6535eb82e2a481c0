package main

import "fmt"

func add(s []int, v int) []int {
	return append(s, v)
}

func main() {
	s := add(nil, 1)
	s = add(s, 2)
	fmt.Println(len(s))
}
