package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func insert(t *Tree, key string) *Tree {
	if t == nil {
		return &Tree{Key: key, Count: 1}
	}
	switch {
	case key < t.Key:
		t.Left = insert(t.Left, key)
	case key > t.Key:
		t.Right = insert(t.Right, key)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

// bottomUp builds complete trees, as in the binary-trees benchmark.
type node struct{ l, r *node }

func build(depth int) *node {
	if depth == 0 {
		return &node{}
	}
	return &node{build(depth - 1), build(depth - 1)}
}

func (n *node) check() int {
	if n.l == nil {
		return 1
	}
	return 1 + n.l.check() + n.r.check()
}

func main() {
	var root *Tree
	for _, w := range []string{"m", "c", "x", "a", "e", "m", "z", "c", "m"} {
		root = insert(root, w)
	}
	root.Walk(func(t *Tree) {
		fmt.Printf("%s:%d ", t.Key, t.Count)
	})
	fmt.Println()
	fmt.Println("height", root.Height())
	for d := 2; d <= 8; d += 2 {
		fmt.Println("depth", d, "nodes", build(d).check())
	}
}
