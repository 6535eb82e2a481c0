package main

import "fmt"

func huge() byte {
	var buf [16 << 20]byte
	buf[9] = 13
	return buf[9]
}

func main() {
	fmt.Println(huge())
}
