package main

import "fmt"

func main() {
	var x int = 1
	var x string = "two"
	fmt.Println(x)
}
