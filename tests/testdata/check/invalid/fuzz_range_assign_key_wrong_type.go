package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	var k int
	for k = range m {
	}
	fmt.Println(k)
}
