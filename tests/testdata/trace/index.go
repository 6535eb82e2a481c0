package main

import "fmt"

// A runtime error: index out of range, exit status 2.

func get(s []int, i int) int {
	return s[i]
}

func main() {
	fmt.Println("before")
	s := []int{1, 2, 3}
	fmt.Println(get(s, 5))
}
