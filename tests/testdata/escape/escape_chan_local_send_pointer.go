package main

import "fmt"

func roundTrip() int {
	c := make(chan *int, 1)
	x := 3
	c <- &x
	p := <-c
	return *p
}

func main() {
	fmt.Println(roundTrip())
}
