package main

import "fmt"

func main() {
	fmt.Println("start")
	continue
}

fmt.Println("end")
