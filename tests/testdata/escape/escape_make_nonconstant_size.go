package main

import "fmt"

func varMake(n int) int {
	s := make([]int, n)
	return len(s)
}

func main() {
	fmt.Println(varMake(3))
}
