package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func setTo(p *int, v int) { *p = v }

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int {
	p := new(int)
	*p = v
	return p
}

func main() {
	x := 1
	p := &x
	*p = 2
	fmt.Println(x, *p, p == &x)
	setTo(&x, 10)
	fmt.Println(x)
	a, b := 3, 4
	swap(&a, &b)
	fmt.Println(a, b)

	pp := &p
	**pp = 20
	fmt.Println(x, **pp == *p)

	q := newInt(5)
	r := q
	*r++
	fmt.Println(*q, *r)

	var np *int
	fmt.Println(np == nil)

	list := &Node{1, &Node{2, &Node{3, nil}}}
	sum := 0
	for n := list; n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Println(sum, list.Next.Next.Val)

	arr := [3]int{1, 2, 3}
	pa := &arr
	pa[1] = 20 // indexing through a pointer to an array
	fmt.Println(arr, len(pa), pa[1:])

	s := struct{ N *int }{N: &a}
	*s.N = 99
	fmt.Println(a)
	pn := new(Node)
	pn.Val = 7
	fmt.Println(*pn)
}
