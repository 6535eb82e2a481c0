package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func safeDiv(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func minMax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func pair() (int, string) { return 7, "seven" }

func takePair(n int, s string) string { return fmt.Sprint(s, "=", n) }

func main() {
	fmt.Println(divmod(17, 5))
	q, r := divmod(-17, 5)
	fmt.Println(q, r)
	if v, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err, v)
	}
	v, _ := safeDiv(9, 2)
	fmt.Println(v)
	fmt.Println(minMax([]int{4, -2, 9, 0}))
	fmt.Println(takePair(pair()))
	_, name := pair()
	fmt.Println(name)
}
