package main

import "fmt"

func deferred() (r int) {
	x := 1
	defer func() {
		x++
		r = x
	}()
	return 0
}

func main() {
	fmt.Println(deferred())
}
