package main

import "fmt"

var total = sum()

func sum() int {
	return total + 1
}

func main() {
	fmt.Println(total)
}
