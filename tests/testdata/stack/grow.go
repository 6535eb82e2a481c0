package main

import "runtime"

// down recurses n calls deep; each frame holds n and the 16 bytes every call adds.
func down(n int) int {
	if n == 0 {
		return 0
	}
	return down(n-1) + 1
}

func main() {
	println(down(1000))
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
}
