package main

import "fmt"

func produce(c chan *int) {
	x := 5
	c <- &x
}

func main() {
	c := make(chan *int, 1)
	produce(c)
	fmt.Println(*<-c)
}
