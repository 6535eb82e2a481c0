package main

import "fmt"

func main() {
	s := "héllo"
	arr := [5]int{}
	sl := make([]int, 2, 8)
	m := map[int]bool{1: true, 2: false}
	ch := make(chan int, 3)
	ch <- 1
	var nilSl []int
	var nilM map[string]int
	var nilCh chan int
	fmt.Println(len(s), len(arr), cap(arr), len(sl), cap(sl))
	fmt.Println(len(m), len(ch), cap(ch))
	fmt.Println(len(nilSl), cap(nilSl), len(nilM), len(nilCh), cap(nilCh))
	pa := &arr
	fmt.Println(len(pa), cap(pa))
	// len of an array or a constant string is a constant.
	const n = len("four")
	var buf [len(arr) * 2]int
	fmt.Println(n, len(buf))
	fmt.Println(len([]rune(s)), len(sl[1:]), cap(sl[1:]), cap(sl[1:2:3]))
}
