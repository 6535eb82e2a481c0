package main

import "fmt"

func drain(ch chan<- int) {
	v := <-ch
	fmt.Println(v)
}

func main() {
	drain(make(chan int))
}
