package main

import "fmt"

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	fmt.Println(hash(""), hash("a"), hash("hello"), hash("minigo"))
	var a, b uint = 3, 5
	fmt.Println(a-b, (a-b)/2, a-b > a)
	var c uint16 = 1
	for i := 0; i < 20; i++ {
		c = c*3 + 1
	}
	fmt.Println(c)
	var x uint64 = 0xdeadbeef
	fmt.Println(x^0xffffffff, x&0xffff, x|1<<40, x&^0xff)
	var y uintptr = 100
	y -= 101
	fmt.Println(y == ^uintptr(0))
	var bits uint8 = 0b10110010
	n := 0
	for v := bits; v != 0; v &= v - 1 {
		n++
	}
	fmt.Println(bits, n, ^bits)
}
