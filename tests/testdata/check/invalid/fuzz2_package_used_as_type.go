package main

import "fmt"

func main() {
	var x fmt
	_ = x
}
