package main

import (
	"fmt"
	"sync"
)

type result struct {
	idx, val int
}

func worker(id int, jobs <-chan int, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		out <- result{j, j * 10}
	}
}

func main() {
	jobs := make(chan int, 20)
	out := make(chan result, 20)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, out, &wg)
	}
	for j := 0; j < 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(out)
	vals := make([]int, 20)
	n := 0
	for r := range out {
		vals[r.idx] = r.val
		n++
	}
	fmt.Println(n, vals)
}
