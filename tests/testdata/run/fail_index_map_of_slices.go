package main

import "fmt"

func main() {
	m := map[string][]int{"a": {1, 2}}
	fmt.Println(m["a"][1], len(m["b"]))
	// a missing key yields a nil slice, so index 0 is out of range
	fmt.Println(m["b"][0])
}
