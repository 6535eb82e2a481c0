package main

import "fmt"

func main() {
	n := 3
	msg := "count: " + n
	fmt.Println(msg)
}
