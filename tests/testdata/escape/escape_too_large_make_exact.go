package main

import "fmt"

func okMake() int {
	s := make([]int, 8192)
	s[0] = 1
	return s[0]
}

func main() {
	fmt.Println(okMake())
}
