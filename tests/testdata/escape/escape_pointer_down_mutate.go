package main

import "fmt"

func inc(p *int) {
	*p++
}

func main() {
	x := 1
	inc(&x)
	inc(&x)
	n := x
	fmt.Println(n)
}
