package main

import "fmt"

func main() {
	ch := make(chan int)
	ack := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			v := <-ch
			fmt.Println("received", v)
			ack <- true
		}
	}()
	for i := 10; i < 13; i++ {
		fmt.Println("sending", i)
		ch <- i
		<-ack
	}
	req := make(chan chan int)
	go func() {
		reply := <-req
		reply <- 99
	}()
	r := make(chan int)
	req <- r
	fmt.Println("reply", <-r)
}
