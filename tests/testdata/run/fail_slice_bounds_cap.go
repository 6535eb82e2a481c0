package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	hi := 3
	fmt.Println(s[:hi])
	hi = 5
	fmt.Println(s[1:hi])
}
