package main

import "fmt"

type State func(r rune) State

var count int

func start(r rune) State {
	if r == 'a' {
		return inA
	}
	return start
}

func inA(r rune) State {
	if r == 'b' {
		count++
		return start
	}
	if r == 'a' {
		return inA
	}
	return start
}

func main() {
	s := State(start)
	for _, r := range "aabxabab" {
		s = s(r)
	}
	fmt.Println("ab count:", count)
	table := []struct {
		name string
		fn   func(float64) float64
	}{
		{"half", func(x float64) float64 { return x / 2 }},
		{"neg", func(x float64) float64 { return -x }},
	}
	for _, t := range table {
		fmt.Println(t.name, t.fn(5))
	}
}
