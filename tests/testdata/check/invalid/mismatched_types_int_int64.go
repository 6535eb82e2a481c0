package main

import "fmt"

func main() {
	var a int = 1
	var b int64 = 2
	if a == b {
		fmt.Println("equal")
	}
}
