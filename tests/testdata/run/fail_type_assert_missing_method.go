package main

import "fmt"

type Speaker interface{ Speak() string }

type Rock struct{}

func main() {
	var x interface{} = Rock{}
	fmt.Println("asserting")
	s := x.(Speaker)
	fmt.Println(s.Speak())
}
