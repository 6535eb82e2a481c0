package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	for _, d := range []int{30, 10, 20} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			done <- fmt.Sprint("slept ", ms, "ms")
		}(d)
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-done)
	}
	time.Sleep(time.Millisecond)
}
