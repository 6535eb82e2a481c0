package main

import "fmt"

func show(a, b int) {
	fmt.Printf("%d %d\n", a, b)
	fmt.Println(a,    b)
}

func main() {
	show(3, 4)
}
