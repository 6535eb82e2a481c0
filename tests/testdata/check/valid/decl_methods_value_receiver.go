package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point {
	return Point{p.X + q.X, p.Y + q.Y}
}

func (p Point) String() string {
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

// A value receiver gets a copy: changes do not reach the caller.
func (p Point) Moved(dx int) Point {
	p.X += dx
	return p
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 {
	return float64(c)*9/5 + 32
}

type Names []string

func (n Names) Len() int { return len(n) }

func (n Names) First() string {
	if len(n) == 0 {
		return ""
	}
	return n[0]
}

func main() {
	a := Point{1, 2}
	b := Point{X: 10, Y: 20}
	fmt.Println(a.Add(b))
	c := a.Moved(5)
	fmt.Println(a, c)
	p := &a
	// Value methods are in the method set of *Point too.
	fmt.Println(p.Add(Point{1, 1}))
	fmt.Println(Celsius(100).Fahrenheit())
	var t Celsius = -40
	fmt.Println(t.Fahrenheit())
	ns := Names{"ann", "bob"}
	fmt.Println(ns.Len(), ns.First())
	fmt.Println(Names{}.First() == "")
}
