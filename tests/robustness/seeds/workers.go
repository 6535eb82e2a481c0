package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- j * id
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < 9; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	c := &Counter{n: make(map[string]int)}
	done := make(chan struct{})
	go func() {
		c.Inc("a")
		c.Inc("b")
		done <- struct{}{}
	}()
	<-done
	select {
	case v, ok := <-results:
		fmt.Println("late", v, ok)
	default:
		fmt.Println("done")
	}
	runtime.Gosched()
	fmt.Println(total > 0, len(c.n), runtime.NumGoroutine() >= 1)
}
