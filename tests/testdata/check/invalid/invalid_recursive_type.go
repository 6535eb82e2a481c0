package main

import "fmt"

type Node struct {
	value int
	next  Node
}

func main() {
	var n Node
	fmt.Println(n.value)
}
