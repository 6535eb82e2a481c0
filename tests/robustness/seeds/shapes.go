package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct {
	W, H float64
}

type Circle struct {
	R float64
}

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c *Circle) Area() float64 { return 3.0 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

var ErrEmpty = errors.New("no shapes")

func total(shapes ...Shape) (sum float64, err error) {
	if len(shapes) == 0 {
		return 0, ErrEmpty
	}
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum, nil
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("%s %vx%v", v.Name(), v.W, v.H)
	case *Circle:
		return fmt.Sprintf("%s r=%v", v.Name(), v.R)
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{Rect{W: 2, H: 3}, &Circle{R: 1.5}, Rect{1, 1}}
	var names []string
	for i := 0; i < len(shapes); i++ {
		names = append(names, describe(shapes[i]))
	}
	fmt.Println(strings.Join(names, ", "))
	sum, err := total(shapes...)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("total %.2f\n", sum)
	if _, err := total(); err == ErrEmpty {
		fmt.Println("empty:", err)
	}
}
