package main

import (
	"fmt"
	"sync"
)

func worker(id int, results []int, wg *sync.WaitGroup) {
	defer wg.Done()
	results[id] = id * id
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go worker(i, results, &wg)
	}
	wg.Wait()
	fmt.Println(results)

	// go with a function literal, the loop value passed as an argument.
	sums := make([]int, 3)
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func(k int) {
			defer wg.Done()
			for j := 0; j <= k*10; j++ {
				sums[k] += j
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(sums)

	done := make(chan string)
	go func() { done <- "goroutine finished" }()
	fmt.Println(<-done)
}
