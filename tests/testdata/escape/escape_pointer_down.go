package main

import "fmt"

func deref(p *int) int {
	return *p + 1
}

func main() {
	x := 41
	fmt.Println(deref(&x))
}
