package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu     sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[key]++
}

func (c *SafeCounter) Get(key string) int {
	c.mu.Lock()
	v := c.counts[key]
	c.mu.Unlock()
	return v
}

func main() {
	c := SafeCounter{counts: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("key")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Get("key"))

	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	wg2.Add(5)
	for i := 1; i <= 5; i++ {
		go func(n int) {
			mu.Lock()
			total += n
			mu.Unlock()
			wg2.Done()
		}(i)
	}
	wg2.Wait()
	fmt.Println(total)
}
