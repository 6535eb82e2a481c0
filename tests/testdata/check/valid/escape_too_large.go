package main

import "fmt"

// Explicit variables up to 10 MiB stay on the stack; larger ones move to the heap.
func okVar() byte {
	var a [10 << 20]byte
	a[1] = 1
	return a[1]
}

func bigVar() byte {
	var a [10<<20 + 1]byte
	a[2] = 2
	return a[2]
}

// Implicit allocations (new, make, literals) stay on the stack up to 64 KiB.
func okNew() byte {
	p := new([64 << 10]byte)
	p[3] = 3
	return p[3]
}

func bigNew() byte {
	p := new([64<<10 + 1]byte)
	p[4] = 4
	return p[4]
}

func okMake() int {
	s := make([]int, 8192)
	s[5] = 5
	return s[5]
}

func bigMake() int {
	s := make([]int, 8193)
	s[6] = 6
	return s[6]
}

func main() {
	fmt.Println(okVar(), bigVar(), okNew(), bigNew(), okMake(), bigMake())
}
