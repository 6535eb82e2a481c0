package main

import "fmt"

type P struct{ X, Y int }

func inc(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x := 1
	p := &x
	*p = 5
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	pp := &p
	**pp = 42
	fmt.Println(x)
	s := &P{1, 2}
	s.X = 10
	(*s).Y = 20
	fmt.Println(*s, s.X+s.Y)
	fmt.Println(s)
	fmt.Printf("%v %+v\n", s, s)
	n := new(int)
	fmt.Println(*n)
	*n = 7
	q := new(P)
	q.Y = *n
	fmt.Println(*q)
	var nilp *P
	fmt.Println(nilp == nil, nilp)
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	fmt.Println(arr, len(ap))
	for i, v := range ap {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
}
