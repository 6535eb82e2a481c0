package main

import "fmt"

func appendPtr() int {
	x := 1
	s := make([]*int, 0, 1)
	s = append(s, &x)
	return *s[0]
}

func main() {
	fmt.Println(appendPtr())
}
