package main

import "fmt"

func main() {
	tasks := make(chan func() int, 4)
	for i := 1; i <= 4; i++ {
		tasks <- func(k int) func() int {
			return func() int { return k * 100 }
		}(i)
	}
	close(tasks)
	results := make(chan int)
	go func() {
		for t := range tasks {
			results <- t()
		}
		close(results)
	}()
	for r := range results {
		fmt.Println(r)
	}
	quit := make(chan bool)
	data := make(chan []int)
	go func() {
		s := <-data
		s[0] = -1
		quit <- true
	}()
	shared := []int{1, 2, 3}
	data <- shared
	<-quit
	fmt.Println(shared)
}
