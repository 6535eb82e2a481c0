package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

type Memo struct {
	cache map[int]uint64
	hits  int
}

func (m *Memo) Fib(n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	if v, ok := m.cache[n]; ok {
		m.hits++
		return v
	}
	v := m.Fib(n-1) + m.Fib(n-2)
	m.cache[n] = v
	return v
}

func fibIter(n int) uint64 {
	var a, b uint64 = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	fmt.Println(fib(20))
	m := &Memo{cache: make(map[int]uint64)}
	fmt.Println(m.Fib(90), m.hits)
	fmt.Println(fibIter(90) == m.Fib(90))
	// uint64 arithmetic wraps past fib(93).
	fmt.Println(fibIter(93), fibIter(94))
}
