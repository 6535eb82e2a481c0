package main

import "fmt"

var fmt = "x"

func main() {
	fmt.Println(fmt)
}
