package main

import "fmt"

func main() {
	var b uint8 = 1e10
	fmt.Println(b)
}
