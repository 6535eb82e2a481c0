package main

import "fmt"

func main() {
	n, c := 5, 2
	fmt.Println("len", n, "cap", c)
	s := make([]int, n, c)
	fmt.Println(s)
}
