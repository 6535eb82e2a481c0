package main

import "fmt"

func main() {
	fmt.Println("before")
	/* this comment never ends
	fmt.Println("after")
}
