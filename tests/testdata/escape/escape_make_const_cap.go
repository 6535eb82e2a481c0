package main

import "fmt"

func capConst(n int) int {
	s := make([]int, n, 10)
	return cap(s)
}

func main() {
	fmt.Println(capConst(4))
}
