package main

import "fmt"

func okNew() byte {
	p := new([64 << 10]byte)
	p[3] = 4
	return p[3]
}

func main() {
	fmt.Println(okNew())
}
