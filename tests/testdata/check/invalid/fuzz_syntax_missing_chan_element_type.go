package main

import "fmt"

func main() {
	done := make(chan)
	fmt.Println(done)
}
