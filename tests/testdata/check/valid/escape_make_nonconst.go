package main

import "fmt"

// make with a non-constant size always allocates on the heap ("non-constant size").
func varMake(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s[n-1]
}

// A constant capacity keeps the backing array on the stack.
func capConst(n int) int {
	s := make([]int, n, 10)
	return len(s) + cap(s)
}

func seeminglyConst() int {
	n := 10 // still not a constant expression
	s := make([]byte, n)
	return len(s)
}

func main() {
	fmt.Println(varMake(5), capConst(3), seeminglyConst())
	m := make(map[string]int, len("abc"))
	m["a"] = 1
	fmt.Println(len(m))
}
