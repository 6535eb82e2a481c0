package main

import "fmt"

func pick(a, b *int) (first *int, second int) {
	first = a
	second = *b
	return
}

func main() {
	x, y := 1, 2
	p, v := pick(&x, &y)
	fmt.Println(*p, v)
}
