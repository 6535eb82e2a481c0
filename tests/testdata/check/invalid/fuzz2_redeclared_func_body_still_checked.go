package main

import "fmt"

func f() {}

func f() {
	fmt.Println()
}

func main() {
	f()
}
