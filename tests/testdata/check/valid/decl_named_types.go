package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type ID int
type Handler func(string) string
type Registry map[string]Handler
type Matrix [2][2]int
type Queue []ID
type Pair struct {
	Key   string
	Value ID
}
type Pairs []Pair

func (r Registry) Call(name, arg string) string {
	if h, ok := r[name]; ok {
		return h(arg)
	}
	return "no handler for " + name
}

func (m Matrix) Trace() int { return m[0][0] + m[1][1] }

func (q Queue) Total() ID {
	var t ID
	for _, id := range q {
		t += id
	}
	return t
}

func main() {
	var c Celsius = 100
	fmt.Println(CToF(c), CToF(-40))
	fmt.Printf("%T %T\n", c, CToF(c))
	r := Registry{
		"upper": func(s string) string { return s + "!" },
		"twice": func(s string) string { return s + s },
	}
	fmt.Println(r.Call("upper", "hi"), r.Call("twice", "ab"), r.Call("x", "y"))
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m.Trace())
	q := Queue{1, 2, 3}
	fmt.Println(q.Total(), len(q))
	ps := Pairs{{"a", 1}, {Key: "b", Value: 2}}
	fmt.Println(ps, ps[1].Key)
	// conversion between named and unnamed types with identical underlying types
	raw := []ID(q)
	raw[0] = 100
	fmt.Println(q[0], int(q.Total()))
	var h Handler = func(s string) string { return "[" + s + "]" }
	fmt.Println(h("wrapped"))
}
