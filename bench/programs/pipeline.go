// A channel pipeline over unbuffered channels: a generator goroutine feeds a
// squaring goroutine, and main sums the squares. Every value is a handoff
// between goroutines.
package main

import "fmt"

const count = 100000

func generate(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func main() {
	nums := make(chan int)
	squares := make(chan int)
	go generate(count, nums)
	go square(nums, squares)
	sum := 0
	received := 0
	for v := range squares {
		sum += v
		received++
	}
	fmt.Println("received:", received)
	fmt.Println("sum of squares:", sum)
}
