package main

import "fmt"

func tenMake() int {
	n := 10
	s := make([]int, n)
	return len(s)
}

func main() {
	fmt.Println(tenMake())
}
