package main

import "fmt"

func square(in chan int, out chan int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go square(in, out)
	go func() {
		for i := 1; i <= 5; i++ {
			in <- i
		}
		close(in)
	}()
	total := 0
	for sq := range out {
		fmt.Println(sq)
		total += sq
	}
	fmt.Println("total", total)

	// Ping-pong: each send waits for its receiver.
	ping, pong := make(chan string), make(chan string)
	go func() {
		for msg := range ping {
			pong <- msg + "-pong"
		}
		close(pong)
	}()
	for _, m := range []string{"a", "b", "c"} {
		ping <- m
		fmt.Println(<-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(ok)
}
