package main

import "time"

func send(c chan int, v int) {
	c <- v
}

func main() {
	c := make(chan int)
	d := make(chan int)
	for i := 0; i < 3; i++ {
		go send(c, i)
	}
	go func() { <-d }()
	time.Sleep(time.Millisecond)
	<-d
}
