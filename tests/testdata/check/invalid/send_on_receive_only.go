package main

import "fmt"

func fill(ch <-chan int) {
	ch <- 1
}

func main() {
	ch := make(chan int, 1)
	fill(ch)
	fmt.Println(<-ch)
}
