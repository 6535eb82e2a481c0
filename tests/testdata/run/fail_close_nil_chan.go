package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println(ch == nil, len(ch), cap(ch))
	defer fmt.Println("deferred runs before the crash")
	close(ch)
	fmt.Println("unreachable")
}
