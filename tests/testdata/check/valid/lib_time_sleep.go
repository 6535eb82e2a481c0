package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	go func() {
		time.Sleep(2 * time.Millisecond)
		done <- "slept 2ms"
	}()
	fmt.Println(<-done)
	time.Sleep(500 * time.Microsecond)
	time.Sleep(time.Second / 100)
	fmt.Println("slept 10ms")
	const pause = 3 * time.Millisecond
	time.Sleep(pause)
	fmt.Println("slept again")

	// Sleeping workers report through a channel, so the order of output
	// depends only on the channel, not on the clock.
	results := make(chan int)
	go func() {
		time.Sleep(time.Millisecond)
		results <- 1
		time.Sleep(50 * time.Microsecond)
		results <- 2
		close(results)
	}()
	for r := range results {
		fmt.Println("result", r)
	}
	for i := 0; i < 3; i++ {
		time.Sleep(time.Microsecond)
	}
	fmt.Println("done")
}
