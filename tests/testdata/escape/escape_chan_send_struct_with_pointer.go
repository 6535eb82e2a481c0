package main

import "fmt"

type Msg struct {
	p *int
}

func produce(c chan Msg) {
	x := 9
	c <- Msg{&x}
}

func main() {
	c := make(chan Msg, 1)
	produce(c)
	m := <-c
	fmt.Println(*m.p)
}
