package main

import (
	"fmt"
	"time"
)

func main() {
	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
		quit <- true
	}()
	for running := true; running; {
		select {
		case v := <-data:
			fmt.Println("data", v)
		case <-quit:
			fmt.Println("quit")
			running = false
		}
	}

	// Only one case is ready at a time, so the order is deterministic.
	out := make(chan int)
	in := make(chan int)
	go func() {
		v := <-out
		in <- v * 10
	}()
	sent := false
	for i := 0; i < 2; i++ {
		select {
		case out <- 7:
			sent = true
			fmt.Println("sent 7")
		case r := <-in:
			fmt.Println("received", r, sent)
		}
	}

	timeout := make(chan bool, 1)
	go func() {
		time.Sleep(time.Millisecond)
		timeout <- true
	}()
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("never")
	case <-timeout:
		fmt.Println("timed out")
	}
}
