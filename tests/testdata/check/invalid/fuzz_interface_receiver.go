package main

import "fmt"

type Shape interface{ Area() float64 }

func (s Shape) Describe() string { return "shape" }

func main() {
	fmt.Println("hi")
}
