package main

import "fmt"

func () Hello() {}

func main() {
	fmt.Println("hi")
}
