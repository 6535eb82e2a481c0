package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func lookup(k string) (int, bool) {
	m := map[string]int{"one": 1}
	v, ok := m[k]
	return v, ok
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	if v, ok := lookup("one"); ok {
		fmt.Println("found", v)
	} else {
		fmt.Println("missing")
	}
	if v, ok := lookup("two"); ok {
		fmt.Println("found", v)
	} else if v == 0 {
		fmt.Println("missing, zero value", v)
	}
	x := 10
	if y := x * 2; y > 15 && x < 20 {
		fmt.Println("y is", y)
	}
	if x++; x > 10 {
		fmt.Println("incremented", x)
	}
	ok := true
	if !ok {
		fmt.Println("unreachable")
	}
	if (x > 5) == ok {
		fmt.Println("parenthesised")
	}
}
