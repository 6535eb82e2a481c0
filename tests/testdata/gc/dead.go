package main

// Liveness: the collector frees what a function will not use again, even while the
// function is still running (Go's stack maps); a variable used later in a loop stays live.

import (
	"fmt"
	"runtime"
)

var keep []byte

func main() {
	x := make([]byte, 10<<20)
	x[0] = 1
	y := make([]byte, 6<<20)
	y[0] = 2
	runtime.GC() // x is dead here, y is not
	fmt.Println(y[0])
	for i := 0; i < 3; i++ {
		z := make([]byte, 5<<20)
		z[1] = byte(i)
		runtime.GC() // z is live: it is stored below
		keep = z
	}
	runtime.GC() // only keep's array is left
}
