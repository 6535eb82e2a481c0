package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer defer sees panic, does not recover")
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
