package main

import "fmt"

func countdown(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop over")
}

func main() {
	countdown(3)
}
