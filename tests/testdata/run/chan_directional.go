package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func main() {
	ch := make(chan int, 2)
	done := make(chan int)
	go producer(ch, 10)
	go consumer(ch, done)
	fmt.Println("sum of squares", <-done)
	var ro <-chan int = ch
	fmt.Printf("%T %T\n", ro, done)
	chans := []chan int{make(chan int, 1), make(chan int, 1)}
	for i, c := range chans {
		c <- i + 100
	}
	for _, c := range chans {
		fmt.Println(<-c)
	}
}
