package main

import "fmt"

func main() {
	s := "123"
	n := int(s)
	fmt.Println(n)
}
