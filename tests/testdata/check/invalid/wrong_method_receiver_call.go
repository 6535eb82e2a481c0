package main

import "fmt"

func main() {
	var m map[string]int
	m.Set("a", 1)
	fmt.Println(m)
}
