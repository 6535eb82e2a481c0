package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	s := arr[:]
	m := 5
	fmt.Println(len(s), cap(s))
	t := s[:1:m]
	fmt.Println(t)
}
