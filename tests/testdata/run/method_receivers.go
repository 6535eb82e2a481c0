package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c Counter) IncValue()  { c.n++ }
func (c *Counter) Inc()      { c.n++ }

func main() {
	var c Counter
	c.IncValue()
	fmt.Println(c.Value())
	c.Inc()
	c.Inc()
	fmt.Println(c.Value())
	p := &c
	p.Inc()
	p.IncValue()
	fmt.Println(p.Value(), c.n)
	cs := []Counter{{1}, {2}}
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].Value())
}
