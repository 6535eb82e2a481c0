package main

import "fmt"

var global *int
var registry []*string
var cache = map[string]*int{}

func remember() {
	x := 7 // moved to heap: x, because a global points to it
	global = &x
}

func register(name string) {
	registry = append(registry, &name)
}

func store(k string, v int) {
	cache[k] = &v
}

var counter int // globals live in the data segment

func bump() { counter++ }

func main() {
	remember()
	fmt.Println(*global)
	register("a")
	register("b")
	for _, p := range registry {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	store("k", 9)
	fmt.Println(*cache["k"])
	bump()
	bump()
	fmt.Println(counter)
}
