package main

import "fmt"

func minmax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)

	// Right-hand sides are all evaluated before any assignment.
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)

	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99 // s[0] is set: index evaluated first
	fmt.Println(i, s)
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)

	lo, hi := minmax([]int{4, -2, 9, 0})
	fmt.Println(lo, hi)
	lo, hi = hi, lo
	fmt.Println(lo, hi)

	m := map[string]int{"k": 7}
	var v int
	var ok bool
	v, ok = m["k"]
	fmt.Println(v, ok)

	var any1 interface{} = "str"
	var str string
	str, ok = any1.(string)
	fmt.Println(str, ok)

	ch := make(chan int, 1)
	ch <- 5
	v, ok = <-ch
	fmt.Println(v, ok)

	fa, fb := 0, 1
	for k := 0; k < 10; k++ {
		fa, fb = fb, fa+fb
	}
	fmt.Println(fa)
	_, b = 100, 200
	fmt.Println(b)
}
