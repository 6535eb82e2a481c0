package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func lookup(m map[string]int, key string) (int, error) {
	v, ok := m[key]
	if !ok {
		return 0, errors.New("missing key " + key)
	}
	return v, nil
}

func three() (int, string, bool) {
	return 7, "seven", true
}

func passThrough() (int, int) {
	return divmod(17, 5)
}

func sum2(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)

	x, y := swap("hello", "world")
	fmt.Println(x, y)

	m := map[string]int{"a": 1, "b": 2}
	if v, err := lookup(m, "b"); err == nil {
		fmt.Println("found", v)
	}
	if _, err := lookup(m, "z"); err != nil {
		fmt.Println("error:", err)
	}

	n, s, ok := three()
	fmt.Println(n, s, ok)

	_, onlyR := passThrough()
	fmt.Println(onlyR)

	// A multi-result call used directly as the arguments of another call.
	fmt.Println(sum2(divmod(23, 4)))
	fmt.Println(divmod(9, 2))
}
