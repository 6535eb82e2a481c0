package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// A bit of everything that ends normally: goroutines that sleep and lock, a WaitGroup,
// a panic recovered three frames down, a deep recursion whose stack runtime.GC()
// shrinks again, and garbage the forced cycle frees.

type node struct {
	next *node
	val  [8]int
}

func inner(n int) int {
	if n == 0 {
		panic("bottom")
	}
	return inner(n-1) + 1
}

func safe() (r int) {
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	return inner(3)
}

func deep(n int) int {
	var buf [32]int
	buf[0] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + buf[0]
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head}
	}
	return head
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			time.Sleep(time.Millisecond)
			mu.Lock()
			total += k
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	keep := build(4)
	build(10)
	fmt.Println(safe(), total, deep(100))
	runtime.GC()
	fmt.Println(keep.next != nil)
}
