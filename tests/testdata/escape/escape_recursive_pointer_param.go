package main

import "fmt"

func fact(n int, acc *int) {
	if n <= 1 {
		return
	}
	*acc *= n
	fact(n-1, acc)
}

func main() {
	r := 1
	fact(5, &r)
	fmt.Println(r)
}
