package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) String() string {
	return fmt.Sprintf("%.1f°F", float64(f))
}

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Words map[string]int

func (w Words) Add(s string) {
	for _, x := range strings.Split(s, " ") {
		w[x]++
	}
}

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

func main() {
	fmt.Println(Celsius(100).ToF(), Celsius(-40).ToF())
	var l IntList
	l.Push(3)
	l.Push(4)
	fmt.Println(l, l.Sum(), len(l))
	w := Words{}
	w.Add("a b a c a")
	fmt.Println(w)
	inc := Op(func(x int) int { return x + 1 })
	fmt.Println(inc.Twice(5))
	type Level int
	fmt.Printf("%v %d %T\n", Celsius(1.5), Level(3), Level(3))
}
