package main

import "fmt"

type T struct{ a int }

func show(a, b int, s string) {
	fmt.Println(a, 1, b, a+b, s, T{a})
}

func main() {
	show(1, 2, "x")
}
