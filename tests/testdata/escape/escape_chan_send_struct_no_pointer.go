package main

import "fmt"

type Pair struct{ a, b int }

func roundTrip() int {
	c := make(chan Pair, 1)
	p := Pair{1, 2}
	c <- p
	q := <-c
	return q.a + q.b
}

func main() {
	fmt.Println(roundTrip())
}
