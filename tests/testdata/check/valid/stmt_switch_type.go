package main

import (
	"errors"
	"fmt"
)

type Circle struct{ R float64 }
type Sq struct{ S float64 }

type Shaper interface{ Area() float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (s *Sq) Area() float64    { return s.S * s.S }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small int %v", x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice with ", len(x), " elements")
	case error:
		return "error: " + x.Error()
	case Shaper:
		return fmt.Sprintf("shape with area %.1f", x.Area())
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func main() {
	vals := []interface{}{
		nil, 41, int8(3), int16(-2), "hello", []int{1, 2},
		errors.New("bad"), Circle{1}, &Sq{2}, Sq{2},
		func() int { return 7 }, 3.5, map[string]int{},
	}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	// A type switch without a binding.
	var s Shaper = Circle{2}
	switch s.(type) {
	case *Sq:
		fmt.Println("square")
	case Circle:
		fmt.Println("circle")
	}
	// With an init statement.
	switch y := interface{}(uint(8)); t := y.(type) {
	case uint:
		fmt.Println("uint", t*2)
	}
}
