package main

import "fmt"

func double(n int) int {
	return 2 * n
}

func main() {
	x := double(21)
	fmt.Println(x)
}
