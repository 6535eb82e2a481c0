package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	fmt.Println(s[1:2:])
}
