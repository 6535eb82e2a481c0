package main

import "fmt"

func lit() int {
	x := 1
	s := []*int{&x}
	return *s[0]
}

func litReturned() []*int {
	y := 2
	return []*int{&y}
}

func main() {
	fmt.Println(lit(), *litReturned()[0])
}
