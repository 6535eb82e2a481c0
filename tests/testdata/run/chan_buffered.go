package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 3
	ch <- 4
	fmt.Println(len(ch), cap(ch))
	close(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	v, ok := <-ch
	fmt.Println(v, ok, len(ch))
	var unbuf chan string
	fmt.Println(unbuf == nil, len(unbuf), cap(unbuf))
	unbuf = make(chan string)
	fmt.Println(len(unbuf), cap(unbuf))
}
