package main

import "fmt"

func main() {
	f := fmt
	f.Println("x")
}
