package main

import (
	"fmt"
	"sync"
)

func work() int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		v := i
		go func() {
			mu.Lock()
			total += v
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	return total
}

func main() {
	fmt.Println(work())
}
