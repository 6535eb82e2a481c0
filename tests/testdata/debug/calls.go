package main

import "fmt"

type counter struct{ n int }

func (c *counter) add(d int) int {
	c.n += d
	return c.n
}

func g(a, b int) int {
	s := a * b
	return s + 1
}

func f(x int) int {
	y := x + 2
	z := g(x, y)
	return z * 2
}

func main() {
	c := &counter{n: 1}
	r := f(3)
	t := c.add(r)
	fmt.Println(r, t, c.n)
}
