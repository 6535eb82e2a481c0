package main

import "fmt"

type State struct {
	Name string
	N    int
}

func (s State) String() string { return fmt.Sprintf("State<%s:%d>", s.Name, s.N) }

func main() {
	s := State{"broken", 3}
	fmt.Println(s)
	panic(s)
}
