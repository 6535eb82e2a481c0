package main

import "fmt"

func main() {
	inner := make(chan int, 1)
	outer := make(chan (<-chan int), 1)
	var send chan<- (<-chan int) = outer
	inner <- 7
	send <- inner
	got := <-outer
	fmt.Println(<-got)
}
