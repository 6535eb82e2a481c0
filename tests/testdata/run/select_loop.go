package main

import "fmt"

func main() {
	nums := make(chan int)
	words := make(chan string)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			nums <- i
		}
		for _, w := range []string{"a", "b"} {
			words <- w
		}
		quit <- true
	}()
	got := 0
	for {
		select {
		case n := <-nums:
			fmt.Println("num", n)
			got++
		case w := <-words:
			fmt.Println("word", w)
			got++
		case <-quit:
			fmt.Println("quit after", got)
			return
		}
	}
}
