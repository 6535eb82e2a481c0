package main

import "fmt"

func main() {
	var ratio int = 2.5
	fmt.Println(ratio)
}
