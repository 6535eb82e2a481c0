package main

import "fmt"

func show(name string, s []int) {
	fmt.Println(name, len(s), cap(s), s)
}

func main() {
	show("a", append([]int(nil), 1, 2, 3))
	show("b", append([]int(nil), 1, 2, 3, 4, 5))
	show("c", append(make([]int, 0, 5), 1, 2, 3, 4, 5, 6))
	show("d", append([]int{1, 2}, []int{3, 4, 5}...))
	b := append([]byte(nil), "hello"...)
	fmt.Println(len(b), cap(b), string(b))
	b = append(b, " world, how are you"...)
	fmt.Println(len(b), cap(b))
	s := make([]int, 3, 10)
	show("e", s)
	s = append(s, 7)
	show("f", s)
	var u []int32
	for i := 0; i < 20; i++ {
		u = append(u, int32(i))
		fmt.Print(cap(u), " ")
	}
	fmt.Println()
	var i16 []int16
	for i := 0; i < 40; i++ {
		i16 = append(i16, 1)
		fmt.Print(cap(i16), " ")
	}
	fmt.Println()
}
