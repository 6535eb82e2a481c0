package main

import "fmt"

func bigNew() byte {
	p := new([64<<10 + 1]byte)
	p[3] = 4
	return p[3]
}

func main() {
	fmt.Println(bigNew())
}
