package main

import "fmt"

func produce(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func double(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func collect(in <-chan int) []int {
	var res []int
	for v := range in {
		res = append(res, v)
	}
	return res
}

func makeGen(vals ...string) <-chan string {
	ch := make(chan string, len(vals))
	for _, v := range vals {
		ch <- v
	}
	close(ch)
	return ch
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go produce(5, a)
	go double(a, b)
	fmt.Println(collect(b))

	var sendOnly chan<- int
	var recvOnly <-chan int
	both := make(chan int, 1)
	sendOnly = both
	recvOnly = both
	sendOnly <- 42
	fmt.Println(<-recvOnly)

	for s := range makeGen("x", "y", "z") {
		fmt.Print(s, " ")
	}
	fmt.Println()
	fmt.Printf("%T %T\n", sendOnly, recvOnly)
}
