package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	var v int
	select {
	case v = <-ch:
	case <-ch + 1:
	}
	fmt.Println(v)
}
