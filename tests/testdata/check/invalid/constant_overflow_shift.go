package main

import "fmt"

func main() {
	var x int = 1 << 64
	fmt.Println(x)
}
