package main

import "fmt"

const N = 16

func constMake() int {
	s := make([]int, N)
	return len(s)
}

func main() {
	fmt.Println(constMake())
}
