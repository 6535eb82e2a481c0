package main

import "fmt"

type Msg struct {
	ID   int
	Body *string
}

// The struct is sent by value, but it holds a pointer to body,
// so body is moved to the heap.
func produce(c chan Msg, n int) {
	for i := 0; i < n; i++ {
		body := fmt.Sprintf("message %d", i)
		c <- Msg{ID: i, Body: &body}
	}
	close(c)
}

type Plain struct{ A, B int }

func main() {
	c := make(chan Msg)
	go produce(c, 3)
	for m := range c {
		fmt.Println(m.ID, *m.Body)
	}
	pc := make(chan Plain, 1)
	pc <- Plain{1, 2}
	fmt.Println(<-pc)
}
