package main

import "fmt"

func main() {
	jobs := make(chan func() int, 2)
	k := 7
	jobs <- func() int { return 1 }
	jobs <- func() int { return k * 2 }
	close(jobs)
	sum := 0
	for f := range jobs {
		sum += f()
	}
	g := make(chan func(int) int, 1)
	g <- func(x int) int { return x + 1 }
	fn := <-g
	fmt.Println(sum, fn(1))
}
