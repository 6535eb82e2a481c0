package main

import "fmt"

func collect() []*int {
	var out []*int
	vals := [3]int{1, 2, 3}
	for i := range vals {
		out = append(out, &vals[i])
	}
	return out
}

func main() {
	s := collect()
	fmt.Println(*s[0] + *s[2])
}
