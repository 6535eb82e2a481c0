package main

import "fmt"

func grow() []int {
	s := make([]int, 0, 2)
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	fmt.Println(grow())
}
