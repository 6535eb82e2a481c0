package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"], m)
	v, ok := m["y"]
	fmt.Println(v, ok)
	delete(m, "z")
	for k := range m {
		fmt.Println("never", k)
	}
	m = make(map[string]int)
	m["a"] = 1
	fmt.Println(m == nil, m)
	var ms map[int][]string
	fmt.Println(ms[3] == nil, len(ms[3]))
	fmt.Printf("%v %d %T\n", ms, len(ms), ms)
}
