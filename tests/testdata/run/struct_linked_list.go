package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node {
	return &Node{v, head}
}

func reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		next := head.Next
		head.Next = prev
		prev = head
		head = next
	}
	return prev
}

func show(head *Node) {
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " -> ")
	}
	fmt.Println("nil")
}

func main() {
	var head *Node
	for i := 1; i <= 5; i++ {
		head = push(head, i)
	}
	show(head)
	head = reverse(head)
	show(head)
	length := 0
	for n := head; n != nil; n = n.Next {
		length++
	}
	fmt.Println("len", length, head.Val, head.Next.Next.Val)
}
