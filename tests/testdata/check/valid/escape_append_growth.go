package main

import "fmt"

// grow appends past the initial capacity, so runtime.growslice
// allocates new backing arrays on the heap.
func grow() []int {
	s := make([]int, 0, 4)
	var caps []int
	for i := 0; i < 20; i++ {
		before := cap(s)
		s = append(s, i)
		if cap(s) != before {
			caps = append(caps, cap(s))
		}
	}
	fmt.Println("caps after growth:", caps)
	return s
}

func main() {
	s := grow()
	fmt.Println(len(s), s[19])
	var b []byte
	b = append(b, 'x')
	fmt.Println(len(b), cap(b))
	multi := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(multi), cap(multi))
	aliased := s[:2]
	aliased = append(aliased, -1) // fits in capacity: overwrites s[2]
	fmt.Println(s[2], aliased)
}
