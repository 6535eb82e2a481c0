package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	close(ch)
	for s := range ch {
		fmt.Println("drained", s)
	}
	ch <- "b"
}
