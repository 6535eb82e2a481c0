package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	go func() {
		<-b
		a <- 1
	}()
	fmt.Println("two goroutines wait on each other; main waits too")
	c := make(chan int)
	<-c
}
