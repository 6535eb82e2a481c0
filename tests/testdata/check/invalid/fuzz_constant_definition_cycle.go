package main

import "fmt"

const a = b
const b = a

func main() {
	fmt.Println(a)
}
