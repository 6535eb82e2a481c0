package main

// A simple recursion: every frame is the same size, so the stack doubles from 2 KB
// each time the next frame would reach the guard.

func down(n int) int {
	if n == 0 {
		return 0
	}
	return down(n-1) + 1
}

func main() {
	println(down(2000))
}
