package main

import "fmt"

func main() {
	var v interface{}
	fmt.Println(v == nil)
	n := v.(int)
	fmt.Println(n)
}
