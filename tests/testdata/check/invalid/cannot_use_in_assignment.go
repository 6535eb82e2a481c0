package main

import "fmt"

func main() {
	var name string
	name = 42
	fmt.Println(name)
}
