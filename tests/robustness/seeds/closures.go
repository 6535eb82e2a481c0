package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Walk(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.Walk(visit)
	visit(n.Val)
	n.Right.Walk(visit)
}

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	var root *Node
	for _, v := range [...]int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	var sb strings.Builder
	root.Walk(func(v int) { sb.WriteString(fmt.Sprint(v, " ")) })
	fmt.Println(sb.String())
	next, reset := counter()
	next()
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())
	_, err := safeDiv(1, 0)
	fmt.Println(err)
	m := map[string][]int{"a": {1, 2}, "b": nil}
	m["b"] = append(m["b"], 3)
	delete(m, "a")
	s := make([]int, 3, 10)
	copy(s, []int{7, 8, 9, 10})
	t := s[1:2:3]
	p := new(int)
	*p = len(t) + cap(t)
	fmt.Println(m, s, t, *p, strings.Repeat("-", 3), strings.Contains("abc", "b"))
}
