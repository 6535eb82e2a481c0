package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() {
	c.n++
}

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

func (c Counter) Value() int {
	return c.n
}

type IntList []int

func (l *IntList) Push(v int) {
	*l = append(*l, v)
}

func (l *IntList) Pop() int {
	old := *l
	v := old[len(old)-1]
	*l = old[:len(old)-1]
	return v
}

func main() {
	var c Counter
	c.name = "hits"
	// c is addressable, so c.Inc() means (&c).Inc().
	c.Inc()
	c.Inc()
	fmt.Println(c.name, c.Value())

	p := &Counter{name: "chain"}
	p.Add(1).Add(2).Add(3)
	fmt.Println(p.name, p.Value(), (*p).n)

	counters := []Counter{{name: "a"}, {name: "b"}}
	counters[1].Inc()
	for i := range counters {
		counters[i].Add(i * 10)
	}
	fmt.Println(counters[0].Value(), counters[1].Value())

	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l.Pop(), l, len(l))
}
