package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else {
		t.Right = insert(t.Right, k)
	}
	return t
}

func walk(t *Tree, visit func(int)) {
	if t == nil {
		return
	}
	walk(t.Left, visit)
	visit(t.Key)
	walk(t.Right, visit)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, k)
	}
	var keys []int
	walk(root, func(k int) { keys = append(keys, k) })
	fmt.Println(keys)
	fmt.Println("height", height(root))
	fmt.Println(root.Left.Right.Key, root.Right.Left.Right.Key)
}
