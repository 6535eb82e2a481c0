package main

import "fmt"

var total int

total = 5

func main() {
	fmt.Println(total)
}
