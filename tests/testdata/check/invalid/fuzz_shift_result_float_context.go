package main

import "fmt"

func main() {
	n := uint(3)
	var f float64 = 1 << n
	fmt.Println(f)
}
