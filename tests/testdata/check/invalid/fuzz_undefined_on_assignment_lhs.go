package main

import "fmt"

func main() {
	a := 1
	a, b = b, a
	fmt.Println(a)
}
