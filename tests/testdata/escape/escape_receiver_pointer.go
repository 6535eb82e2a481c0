package main

import "fmt"

type Counter struct{ n int }

var last *Counter

func (c *Counter) Inc() { c.n++ }

func (c *Counter) Remember() { last = c }

func (c *Counter) Self() *Counter { return c }

func main() {
	var a Counter
	a.Inc()
	b := &Counter{}
	b.Remember()
	fmt.Println(a.n, last.n, a.Self().n)
}
