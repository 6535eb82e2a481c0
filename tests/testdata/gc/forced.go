package main

import (
	"fmt"
	"runtime"
)

// Live data kept in a global, garbage in between, and three runtime.GC() calls:
// one while the heap is still tiny, one with about 6 MB live, one after half the
// live data is dropped. gctrace marks those three cycles " (forced)"; the cycles
// the pacer starts on its own in between are not.

var keep [][]int

// sink makes every garbage slice escape: without it a 16 KB make stays on the stack.
var sink []int

func garbage(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		sink = make([]int, 2048)
		sink[i%2048] = i
		sum += sink[i%2048] & 1
	}
	return sum
}

func sum(s [][]int) int {
	t := 0
	for _, b := range s {
		t += b[0] + b[len(b)-1]
	}
	return t
}

func main() {
	small := make([]int, 1000)
	small[999] = 7
	runtime.GC()
	fmt.Println("small:", small[999])

	g := 0
	for i := 0; i < 200; i++ {
		b := make([]int, 4096)
		b[0] = i
		b[4095] = 2 * i
		keep = append(keep, b)
		g += garbage(4)
	}
	runtime.GC()
	fmt.Println("live chunks:", len(keep), "sum:", sum(keep), "garbage:", g)

	for i := 100; i < len(keep); i++ {
		keep[i] = nil
	}
	keep = keep[:100]
	g += garbage(600)
	runtime.GC()
	fmt.Println("live chunks:", len(keep), "sum:", sum(keep), "garbage:", g)
}
