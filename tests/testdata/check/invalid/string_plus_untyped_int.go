package main

import "fmt"

func main() {
	msg := "count: " + 1
	fmt.Println(msg)
}
