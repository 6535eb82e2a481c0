package main

import "fmt"

var sink interface{}

func consts() {
	sink = 7
	sink = "lit"
	sink = true
	sink = 300
}

func main() {
	consts()
	fmt.Println(sink)
}
