package main

import "fmt"

var saved *int

func pick(a, b chan *int) {
	select {
	case v := <-a:
		saved = v
	case v := <-b:
		fmt.Println("b", *v)
	}
}

func main() {
	a := make(chan *int, 1)
	b := make(chan *int, 1)
	x := 9
	a <- &x
	pick(a, b)
	fmt.Println(*saved)
}
