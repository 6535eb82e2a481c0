package main

import "fmt"

type Ref struct{ p *int }

func send(c chan Ref) {
	x := 12
	c <- Ref{p: &x}
}

func main() {
	c := make(chan Ref, 1)
	send(c)
	fmt.Println(*(<-c).p)
}
