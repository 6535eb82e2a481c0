package main

import "fmt"

func conv(n int) interface{} {
	return n
}

func main() {
	fmt.Println(conv(7), conv(300))
}
