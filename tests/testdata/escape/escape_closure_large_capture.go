package main

import "fmt"

func large() func() int {
	var a [17]int
	a[0] = 3
	return func() int { return a[0] }
}

func main() {
	fmt.Println(large()())
}
