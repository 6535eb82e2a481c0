package main

import "fmt"

func main() {
	x := 1
	var y string = 2
	fmt.Println(undefined)
}
