package main

import "fmt"

func main() {
	codes := []int{7, 42}
	for _, c := range codes {
		fmt.Println("code", c)
	}
	fmt.Println("panicking with an int")
	panic(codes[1])
}
