package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	m["one"] = 11
	fmt.Println(m, len(m))
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	delete(m, "two")
	delete(m, "missing")
	fmt.Println(m, len(m))
	if _, ok := m["two"]; !ok {
		fmt.Println("two is gone")
	}
	m["x"]++
	m["x"] += 5
	fmt.Println(m["x"], m)
	copyRef := m
	copyRef["shared"] = 0
	fmt.Println(len(m), m["shared"])
}
