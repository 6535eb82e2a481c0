package main

import "fmt"

func main() {
	n := 10
	s := n.(string)
	fmt.Println(s)
}
