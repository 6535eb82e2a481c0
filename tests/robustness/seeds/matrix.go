package main

import "fmt"

type Matrix [3][3]int

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Named struct {
	Stack
	Name string
}

func mul(a, b Matrix) (c Matrix) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return
}

func main() {
	var id Matrix
	for i := range id {
		id[i][i] = 1
	}
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(mul(m, id) == m)
	n := Named{Name: "s"}
	for i := 0; i < 5; i++ {
		n.Push(i * i)
	}
outer:
	for {
		v, ok := n.Pop()
		switch {
		case !ok:
			break outer
		case v%2 == 1:
			continue outer
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var iface interface{} = n
	if s, ok := iface.(Named); ok && s.Name != "" {
		fmt.Printf("%+v %T\n", s, s)
	}
	var any1 any = 3
	x := any1.(int) << 2
	fmt.Println(x, x^0xF, x|1, x&6, x != 0 || false)
}
