package main

import "fmt"

const limit := 10

func main() {
	fmt.Println(limit)
}
