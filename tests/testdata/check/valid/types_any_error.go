package main

import (
	"errors"
	"fmt"
)

type NotFound struct {
	Key string
}

func (e *NotFound) Error() string { return "not found: " + e.Key }

var ErrEmpty = errors.New("empty input")

func find(keys []string, k string) (int, error) {
	if len(keys) == 0 {
		return -1, ErrEmpty
	}
	for i, x := range keys {
		if x == k {
			return i, nil
		}
	}
	return -1, &NotFound{Key: k}
}

func show(vals ...any) {
	for _, v := range vals {
		fmt.Printf("%v:%T ", v, v)
	}
	fmt.Println()
}

func main() {
	keys := []string{"a", "b"}
	if i, err := find(keys, "b"); err == nil {
		fmt.Println("index", i)
	}
	_, err := find(nil, "a")
	fmt.Println(err, err == ErrEmpty)
	_, err = find(keys, "z")
	fmt.Println(err)
	if nf, ok := err.(*NotFound); ok {
		fmt.Println("key was", nf.Key)
	}
	wrapped := fmt.Errorf("lookup failed: %w", err)
	fmt.Println(wrapped)

	var a any = 42
	show(a, "s", 1.5, true, nil, []int{1}, map[string]int{"k": 1})
	a = "now a string"
	fmt.Println(a)
	var b interface{} = a
	fmt.Println(a == b)
	var e error
	fmt.Println(e == nil, e)
}
