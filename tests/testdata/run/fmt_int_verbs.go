package main

import "fmt"

func main() {
	for _, n := range []int{0, 7, -42, 255, 65535} {
		fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%b|%08b\n", n, n, n, n, n, n, n, n, n, n, n, n, n)
	}
	fmt.Printf("%c%c%c|%q|%U|%#U\n", 72, 'i', 0x4e16, 'x', 0x1F600, 'A')
	fmt.Printf("%x %X %x\n", uint64(1<<63), int8(-1), -255)
	fmt.Printf("%3c|%-3c|%q|%q\n", 'a', 'b', '\n', 0x7f)
	fmt.Printf("%*d|%-*d|%.3d|%8.3d|%+.2d\n", 6, 1, 4, 2, 7, 9, 5)
	fmt.Printf("%v %v %v\n", int8(-8), uint16(8), uintptr(10))
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 1})
	fmt.Printf("%x %X % x %#x\n", []byte{1, 171, 255}, []byte("hi"), []byte{1, 2, 3}, []byte{10, 11})
}
