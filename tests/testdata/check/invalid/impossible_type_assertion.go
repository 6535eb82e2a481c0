package main

import "fmt"

type Shape interface {
	Area() float64
}

type Line struct{ length float64 }

func main() {
	var s Shape
	l := s.(Line)
	fmt.Println(l)
}
