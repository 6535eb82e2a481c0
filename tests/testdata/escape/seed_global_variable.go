package main

import "fmt"

var gp *int

func keep() {
	x := 10
	gp = &x
}

func main() {
	keep()
	fmt.Println(*gp)
}
