package main

import "fmt"

type Node struct {
	key         int
	left, right *Node
}

func insert(n *Node, key int) *Node {
	if n == nil {
		return &Node{key: key}
	}
	if key < n.key {
		n.left = insert(n.left, key)
	} else {
		n.right = insert(n.right, key)
	}
	return n
}

func walk(n *Node, out []int) []int {
	if n == nil {
		return out
	}
	out = walk(n.left, out)
	out = append(out, n.key)
	return walk(n.right, out)
}

func main() {
	var root *Node
	for _, k := range []int{5, 2, 8, 1, 9} {
		root = insert(root, k)
	}
	fmt.Println(walk(root, nil))
}
