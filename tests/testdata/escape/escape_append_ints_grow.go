package main

import "fmt"

func grow() int {
	s := make([]int, 0, 4)
	for i := 0; i < 9; i++ {
		s = append(s, i)
	}
	return len(s)
}

func main() {
	fmt.Println(grow())
}
