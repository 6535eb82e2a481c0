package main

import "fmt"

func main() {
	type T interface{ T }
	var t T
	fmt.Println(t)
}
