package main

import "fmt"

func send(c chan *int) {
	x := 11
	c <- &x
}

func main() {
	c := make(chan *int, 1)
	send(c)
	fmt.Println(*<-c)
}
