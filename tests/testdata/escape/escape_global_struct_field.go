package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

var head Node

func push(v int) {
	n := Node{val: v}
	head.next = &n
}

func main() {
	push(3)
	fmt.Println(head.next.val)
}
