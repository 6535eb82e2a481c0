package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:4]
	fmt.Println(s, len(s), cap(s))
	s[0] = 100
	fmt.Println(arr)
	t := s[1:5]
	fmt.Println(t, len(t), cap(t))
	s = append(s, 42)
	fmt.Println(arr, s, t)
	s = append(s, 43, 44)
	s[0] = -1
	fmt.Println(arr, s)
	u := arr[:]
	u[5] = 55
	fmt.Println(arr[5], len(u), cap(u))
	v := u[2:2]
	fmt.Println(v, len(v), cap(v))
	v = v[:3]
	fmt.Println(v)
}
