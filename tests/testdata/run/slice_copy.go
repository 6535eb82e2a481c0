package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	s := []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	var empty []int
	fmt.Println(copy(empty, src), copy(src, empty))
	// delete element 2 by copy
	s = []int{10, 20, 30, 40, 50}
	i := 2
	copy(s[i:], s[i+1:])
	s = s[:len(s)-1]
	fmt.Println(s, len(s), cap(s))
	// insert at 1
	s = append(s, 0)
	copy(s[2:], s[1:])
	s[1] = 15
	fmt.Println(s)
}
