package main

import "fmt"

func main() {
	s := []string{-1: "x"}
	fmt.Println(s)
}
