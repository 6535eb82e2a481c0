package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		n += int(x & 1)
		x >>= 1
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func main() {
	vals := []uint64{0, 1, 255, 1 << 40, 0xFFFFFFFFFFFFFFFF, 12345678901234}
	for _, v := range vals {
		fmt.Println(v, popcount(v))
	}
	for _, b := range []uint8{1, 2, 3, 0x80, 0xF0, 0xA5} {
		fmt.Println(b, reverse8(b))
	}
	x := -6
	fmt.Println(x&3, x|3, x^3, x&^3, ^x)
	var y int16 = -32768
	fmt.Println(y^-1, y&0x7fff, y|1)
}
