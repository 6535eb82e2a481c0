package main

import "fmt"

func main() {
	var f func()
	switch f {
	case nil:
		fmt.Println("nil func")
	}
	s := []int{}
	switch s {
	case nil:
		fmt.Println("nil slice")
	default:
		fmt.Println("empty slice")
	}
	var m map[string]int
	switch m {
	case nil:
		fmt.Println("nil map")
	}
	switch f {
	}
}
