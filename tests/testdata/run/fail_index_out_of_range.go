package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	for i := 0; i < 6; i++ {
		fmt.Println(i, get(s, i))
	}
}
