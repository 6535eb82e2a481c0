package main

import (
	"errors"
	"fmt"
)

func pair() (int, error) { return 1, nil }

func fail() (int, error) { return 0, errors.New("failed") }

func main() {
	a := 1
	b, c := "two", 3.0
	fmt.Println(a, b, c)

	// := redeclares err as long as at least one new variable appears.
	x, err := pair()
	y, err := fail()
	fmt.Println(x, y, err)

	// A new scope lets := shadow an outer variable.
	n := 10
	if n := 5; n < 10 {
		fmt.Println("inner n", n)
	}
	fmt.Println("outer n", n)
	{
		n := "shadow"
		fmt.Println(n)
	}

	p, q := &a, []int{1, 2}
	*p = 100
	fmt.Println(a, q)

	f := func() int { return 42 }
	r := f()
	_, s := 0, "blank"
	fmt.Println(r, s)
	ch := make(chan int, 1)
	m := map[string]bool{}
	fmt.Println(len(ch), len(m))
}
