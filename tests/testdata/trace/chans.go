package main

import "fmt"

// Goroutines and channels: an unbuffered channel of jobs closed by main and ranged over
// by two workers, a buffered channel of results.

func worker(id int, jobs <-chan int, results chan<- int, done chan<- bool) {
	for j := range jobs {
		results <- j * id
	}
	done <- true
}

func main() {
	jobs := make(chan int)
	results := make(chan int, 8)
	done := make(chan bool)
	go worker(1, jobs, results, done)
	go worker(2, jobs, results, done)
	for i := 1; i <= 5; i++ {
		jobs <- i
	}
	close(jobs)
	<-done
	<-done
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
}
