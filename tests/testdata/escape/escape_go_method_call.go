package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) add(k int, wg *sync.WaitGroup) {
	c.mu.Lock()
	c.n += k
	c.mu.Unlock()
	wg.Done()
}

func main() {
	c := &Counter{}
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go c.add(i, &wg)
	}
	wg.Wait()
	fmt.Println(c.n)
}
