package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwinding level", n)
	if n == 3 {
		panic(fmt.Sprint("deep failure at level ", n))
	}
	level(n + 1)
}

func main() {
	defer fmt.Println("main's defer runs too")
	level(1)
}
