package main

import "fmt"

type P struct {
	X int

func main() {
	fmt.Println(P{})
}
