package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	c := make(chan string)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			c <- fmt.Sprint("worker ", i)
			wg.Done()
		}(i)
	}
	fmt.Println(<-c)
	wg.Wait()
}
