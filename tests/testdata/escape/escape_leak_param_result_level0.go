package main

import "fmt"

func id(p *int) *int {
	return p
}

func main() {
	x := 2
	fmt.Println(*id(&x))
}
