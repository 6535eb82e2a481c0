package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

// NamedShape embeds two interfaces.
type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }
type Square struct{ Side float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (s *Square) Area() float64      { return s.Side * s.Side }
func (s *Square) Perimeter() float64 { return 4 * s.Side }
func (s *Square) Name() string       { return "square" }

func totalArea(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Stringer interface{ String() string }

type Temp int

func (t Temp) String() string { return fmt.Sprintf("%d°C", int(t)) }

func main() {
	var s Shape = Rect{3, 4}
	fmt.Println(s.Area(), s.Perimeter())
	sq := &Square{2}
	s = sq
	fmt.Println(s.Area(), s.Perimeter())
	var ns NamedShape = Rect{1, 1}
	fmt.Println(ns.Name(), ns.Area())
	ns = sq
	var n Named = ns // interface to smaller interface
	fmt.Println(n.Name())
	fmt.Println(totalArea(Rect{1, 2}, &Square{3}))

	var empty Shape
	fmt.Println(empty == nil)
	empty = Rect{}
	fmt.Println(empty != nil, empty == Rect{})

	var st Stringer = Temp(21)
	fmt.Println(st.String(), st)
	fmt.Println(Temp(-3))
	var sq2 *Square
	var withNil Shape = sq2
	fmt.Println(withNil == nil, sq2 == nil)
}
