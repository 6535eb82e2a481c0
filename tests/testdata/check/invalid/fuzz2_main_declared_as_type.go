package main

import "fmt"

type main int

func main() {
	fmt.Println()
}
