package main

import "fmt"

type node struct {
	next *node
	v    int
}

func push(head *node, v int) *node {
	n := &node{head, v}
	return n
}

func worker(c chan int) {
	c <- 42
}

func main() {
	var head *node
	for i := 0; i < 3; i++ {
		head = push(head, i)
	}
	c := make(chan int)
	go worker(c)
	fmt.Println(<-c, head.v)
}
