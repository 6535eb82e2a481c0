package main

import "fmt"

func isEven(n int, seen *int) bool {
	*seen++
	if n == 0 {
		return true
	}
	return isOdd(n-1, seen)
}

func isOdd(n int, seen *int) bool {
	*seen++
	if n == 0 {
		return false
	}
	return isEven(n-1, seen)
}

var calls *int

func ping(n int, p *int) *int {
	if n == 0 {
		return p
	}
	return pong(n-1, p)
}

func pong(n int, p *int) *int {
	calls = p
	return ping(n, p)
}

func main() {
	c := 0
	v := 1
	fmt.Println(isEven(4, &c), c, *ping(2, &v))
}
