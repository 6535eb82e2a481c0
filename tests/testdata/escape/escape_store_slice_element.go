package main

import "fmt"

func elem() int {
	x := 1
	s := make([]*int, 1)
	s[0] = &x
	return *s[0]
}

func main() {
	fmt.Println(elem())
}
