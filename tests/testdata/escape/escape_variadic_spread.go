package main

import "fmt"

var saved []int

func save(xs ...int) {
	saved = xs
}

func main() {
	save(1, 2)
	s := []int{3, 4, 5}
	save(s...)
	fmt.Println(len(saved))
}
