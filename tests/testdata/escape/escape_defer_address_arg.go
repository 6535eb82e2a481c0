package main

import "fmt"

func bump(p *int) {
	*p++
}

func work() int {
	x := 41
	defer bump(&x)
	return x
}

func main() {
	fmt.Println(work())
}
