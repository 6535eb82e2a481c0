package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		var p *int
		fmt.Println(*p)
	}()
	<-c
}
