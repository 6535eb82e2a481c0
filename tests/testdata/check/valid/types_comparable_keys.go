package main

import "fmt"

type Key struct {
	Row, Col int
}

type Span [2]int

type Kind string

func main() {
	seen := map[Key]bool{}
	seen[Key{1, 2}] = true
	seen[Key{Row: 1, Col: 2}] = true
	seen[Key{2, 1}] = true
	fmt.Println(len(seen), seen[Key{2, 1}], seen[Key{3, 3}])

	spans := map[Span]string{{0, 5}: "first"}
	spans[Span{5, 9}] = "second"
	fmt.Println(spans[Span{0, 5}], len(spans))

	kinds := map[Kind]int{"a": 1}
	kinds[Kind("b")] = 2
	fmt.Println(kinds)

	var i1, i2 interface{} = 3, 3
	var i3 interface{} = "3"
	fmt.Println(i1 == i2, i1 == i3)
	byIface := map[interface{}]int{1: 1, "1": 2, 1.0: 3}
	fmt.Println(byIface[1], byIface["1"], byIface[1.0], len(byIface))

	p1, p2 := &Key{}, &Key{}
	fmt.Println(p1 == p2, *p1 == *p2)
	ch := make(chan int)
	ch2 := ch
	fmt.Println(ch == ch2)
	byPtr := map[*Key]int{p1: 1, p2: 2}
	fmt.Println(len(byPtr), byPtr[p2])
}
