package main

import "fmt"

type Big struct {
	buf [8192]int
	b   byte
}

func bigLit() int {
	p := &Big{}
	p.buf[0] = 5
	return p.buf[0]
}

func main() {
	fmt.Println(bigLit())
}
