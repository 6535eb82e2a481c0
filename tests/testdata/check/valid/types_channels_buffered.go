package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 3
	ch <- 4
	close(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	v, ok := <-ch
	fmt.Println(v, ok)

	// A buffered channel as a semaphore / queue of strings.
	q := make(chan string, 2)
	q <- "first"
	q <- "second"
	a, b := <-q, <-q
	fmt.Println(a, b)

	done := make(chan bool, 1)
	go func() {
		done <- true
	}()
	fmt.Println(<-done)
}
