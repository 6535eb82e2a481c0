package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("sending on unbuffered channel with no receiver")
	ch <- 1
	fmt.Println("unreachable")
}
