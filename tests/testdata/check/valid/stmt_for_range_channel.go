package main

import "fmt"

func gen(n int) chan int {
	ch := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i * i
		}
		close(ch)
	}()
	return ch
}

func main() {
	for v := range gen(5) {
		fmt.Println(v)
	}

	// for range ch: drain without using the values.
	ticks := make(chan struct{}, 3)
	ticks <- struct{}{}
	ticks <- struct{}{}
	close(ticks)
	n := 0
	for range ticks {
		n++
	}
	fmt.Println("ticks", n)

	words := make(chan string, 4)
	words <- "alpha"
	words <- "beta"
	close(words)
	var joined string
	for w := range words {
		joined += w + ";"
	}
	fmt.Println(joined)
	var rc <-chan int = gen(3)
	sum := 0
	for v := range rc {
		sum += v
	}
	fmt.Println(sum)
}
