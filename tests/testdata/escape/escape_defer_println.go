package main

import "fmt"

func report(v int) int {
	defer fmt.Println("done", v)
	v *= 2
	return v
}

func main() {
	fmt.Println(report(21))
}
