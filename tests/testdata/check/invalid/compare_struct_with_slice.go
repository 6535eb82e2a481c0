package main

import "fmt"

type Bag struct {
	items []string
}

func main() {
	x := Bag{}
	y := Bag{}
	fmt.Println(x == y)
}
