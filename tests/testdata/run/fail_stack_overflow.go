package main

import "fmt"

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	return depth(n+1) + pad[0]
}

func main() {
	fmt.Println("recursing forever")
	fmt.Println(depth(0))
}
