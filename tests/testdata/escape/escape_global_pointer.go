package main

import "fmt"

var gp *int

func store() {
	x := 7
	gp = &x
}

func main() {
	store()
	fmt.Println(*gp)
}
