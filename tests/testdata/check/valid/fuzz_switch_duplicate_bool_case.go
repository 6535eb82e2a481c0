package main

import "fmt"

func main() {
	ok := true
	switch ok {
	case true, true:
		fmt.Println("yes")
	case false:
		fmt.Println("no")
	}
}
