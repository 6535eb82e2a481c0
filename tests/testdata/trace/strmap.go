package main

import "fmt"

// The runtime's own allocations: a map growing past its buckets, strings built by
// concatenation and conversion, an append outgrowing its array.

var names []string

func main() {
	m := make(map[int]string)
	s := ""
	for i := 0; i < 40; i++ {
		s = s + "ab"
		m[i] = s
		names = append(names, string([]byte(s)))
	}
	fmt.Println(len(m), len(s), len(names), names[3])
}
