package main

import "fmt"

func log(msg string) {
	fmt.Println(msg)
	return 1
}

func main() {
	log("x")
}
