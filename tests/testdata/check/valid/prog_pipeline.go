package main

import "fmt"

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	src := generate(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	squared := stage(src, func(v int) int { return v * v })
	odd := filter(squared, func(v int) bool { return v%2 == 1 })
	plusOne := stage(odd, func(v int) int { return v + 1 })
	for v := range plusOne {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
