// The TUI benchmark's program (bench/tui.py): a heap of a few hundred live objects
// reachable from globals (a linked list of structs, a binary tree, slices that grow)
// and three goroutines (main and two workers fed over channels), then a steady-state
// loop that the benchmark steps through while all of it is live.
package main

import "fmt"

type Item struct {
	id   int
	name string
	next *Item
}

type Tree struct {
	left, right *Tree
	key         int
}

var (
	list  *Item
	root  *Tree
	ids   []int
	names []*string
)

func build(depth, key int) *Tree {
	if depth == 0 {
		return nil
	}
	return &Tree{build(depth-1, 2*key), build(depth-1, 2*key+1), key}
}

func worker(in <-chan int, out chan<- int, k int) {
	for v := range in {
		out <- v*k + 1
	}
	close(out)
}

func main() {
	for i := 0; i < 120; i++ {
		list = &Item{id: i, name: fmt.Sprint("item", i), next: list}
	}
	root = build(7, 1) // 127 nodes
	for i := 0; i < 40; i++ {
		ids = append(ids, i*i)
		s := fmt.Sprint("n", i)
		names = append(names, &s)
	}
	a := make(chan int)
	b := make(chan int)
	c := make(chan int)
	go worker(a, b, 3)
	go worker(b, c, 5)
	total := 0
	for round := 0; round < 400; round++ {
		a <- round
		v := <-c
		total += v
		it := list
		for j := 0; j < round%4; j++ {
			it = it.next
		}
		it.id += v % 7
		if round%50 == 0 {
			fmt.Println("round", round, "total", total, "item", it.id)
		}
	}
	close(a)
	for range c {
	}
	n := 0
	for it := list; it != nil; it = it.next {
		n += it.id
	}
	fmt.Println("total", total, "list", n, "ids", len(ids), "names", len(names), "root", root.key)
}
