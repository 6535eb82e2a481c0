package main

import "fmt"

// select: a case ready at once, a select that blocks until a goroutine sends, a default,
// and a receive from a closed channel.

func main() {
	a := make(chan int)
	b := make(chan int, 1)
	quit := make(chan bool)
	b <- 7
	select {
	case v := <-b:
		fmt.Println("b", v)
	case v := <-a:
		fmt.Println("a", v)
	}
	b <- 5
	go func() {
		a <- 1
		close(quit)
	}()
	select {
	case v := <-a:
		fmt.Println("a", v)
	case b <- 2:
		fmt.Println("sent b")
	}
	select {
	case b <- 3:
		fmt.Println("sent b again")
	default:
		fmt.Println("default")
	}
	select {
	case _, ok := <-quit:
		fmt.Println("quit", ok)
	case v := <-a:
		fmt.Println("a", v)
	}
}
