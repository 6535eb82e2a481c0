package main

import "fmt"

func show(x int, p *int) {
	println(x, *p)
	fmt.Print("")
}

func main() {
	y := 1
	show(2, &y)
	fmt.Println("ok")
}
