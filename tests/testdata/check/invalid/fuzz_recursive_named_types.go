package main

import "fmt"

type A B
type B A

func main() {
	var a A
	fmt.Println(a)
}
