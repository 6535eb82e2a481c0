package main

import "fmt"

func mapStore() int {
	x := 1
	m := map[string]*int{}
	m["k"] = &x
	return *m["k"]
}

func main() {
	fmt.Println(mapStore())
}
