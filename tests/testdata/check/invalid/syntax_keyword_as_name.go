package main

import "fmt"

func main() {
	var range int = 3
	fmt.Println(range)
}
