// A tour of where Go puts things: the stack, the heap, and why.
package main

import "fmt"

type point struct{ x, y int }

var global *point // globals live outside every goroutine's stack

// sharing up: the caller keeps &p after newPoint returns, so p moves to the heap.
func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

// sharing down: sum only reads through the pointer; p can stay on the stack.
func sum(p *point) int {
	return p.x + p.y
}

func main() {
	a := point{1, 2}
	fmt.Println(sum(&a)) // a stays on main's stack

	b := newPoint(3, 4) // b points into the heap
	global = b

	ch := make(chan *point, 1)
	c := point{5, 6}
	ch <- &c // a pointer sent on a channel: c moves to the heap
	fmt.Println(<-ch)

	n := 8
	s := make([]int, n) // unknown size at compile time: heap
	for i := 0; i < 20; i++ {
		s = append(s, i) // append outgrows the backing array
	}
	fmt.Println(len(s), cap(s))
}
