package main

import "fmt"

func main() {
	result := compute(3)
	fmt.Println(result)
}
