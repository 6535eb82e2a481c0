package main

import "fmt"

func main() {
	s := []int{1.5: 7}
	fmt.Println(s)
}
