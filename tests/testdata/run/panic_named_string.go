package main

import "fmt"

type Reason string

func main() {
	fmt.Println("start")
	var r Reason = "disk full"
	panic(r)
}
