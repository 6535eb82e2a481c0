package main

import "fmt"

type Stats struct {
	hits, misses int
}

func main() {
	i := 0
	i++
	i++
	i--
	fmt.Println(i)

	s := Stats{}
	s.hits++
	s.misses--
	p := &s
	p.hits++
	fmt.Println(s)

	counts := map[string]int{}
	counts["a"]++
	counts["a"]++
	counts["b"]--
	fmt.Println(counts)

	arr := [3]int{}
	arr[2]++
	sl := []int{5}
	sl[0]--
	fmt.Println(arr, sl)

	n := new(int)
	*n++
	*n++
	fmt.Println(*n)

	f := 0.5
	f++
	var u uint8
	u--
	fmt.Println(f, u)
}
