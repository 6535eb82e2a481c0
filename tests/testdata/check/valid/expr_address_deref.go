package main

import "fmt"

type Vec struct{ X, Y int }

func scale(v *Vec, k int) {
	v.X *= k
	(*v).Y *= k
}

func main() {
	v := Vec{1, 2}
	scale(&v, 3)
	fmt.Println(v)

	pv := &Vec{5, 6} // address of a composite literal
	scale(pv, 2)
	fmt.Println(*pv, pv.X)

	arr := [3]int{1, 2, 3}
	pe := &arr[1] // address of an array element
	*pe = 20
	sl := []int{7, 8}
	ps := &sl[0]
	*ps += 1
	fx := &v.Y // address of a field
	*fx = -1
	fmt.Println(arr, sl, v)

	x := 10
	p := &x
	pp := &p
	ppp := &pp
	***ppp = 11
	fmt.Println(x, *p, **pp)

	q := new(Vec)
	*q = Vec{9, 9}
	q2 := q
	q2.X = 0
	fmt.Println(*q, q == q2, *q == *q2)
	var nilp *Vec
	fmt.Println(nilp == nil, &x != nil)
}
