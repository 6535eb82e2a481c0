package main

import (
	"fmt"
	"time"
)

func main() {
	fast := make(chan string)
	slow := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		fast <- "fast"
	}()
	go func() {
		time.Sleep(60 * time.Millisecond)
		slow <- "slow"
	}()
	for i := 0; i < 2; i++ {
		select {
		case m := <-fast:
			fmt.Println(m)
		case m := <-slow:
			fmt.Println(m)
		}
	}
}
