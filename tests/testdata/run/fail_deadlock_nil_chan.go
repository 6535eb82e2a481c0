package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("receiving from nil channel")
	v := <-ch
	fmt.Println("unreachable", v)
}
