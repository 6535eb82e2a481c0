package main

import "fmt"

func main() {
	var one int8 = 1
	for s := uint(0); s <= 9; s++ {
		fmt.Print(one<<s, " ")
	}
	fmt.Println()
	var neg int8 = -128
	for s := uint(0); s <= 9; s++ {
		fmt.Print(neg>>s, " ")
	}
	fmt.Println()
	var u uint8 = 128
	for s := uint(0); s <= 9; s++ {
		fmt.Print(u>>s, " ")
	}
	fmt.Println()
	var x int64 = -1
	var big uint = 64
	fmt.Println(x>>big, x<<big, x>>63, x<<63)
	var y uint64 = 1
	fmt.Println(y<<63, y<<big, y<<(big-1)>>62)
	var z int32 = -100
	fmt.Println(z>>1, z>>2, z>>31, z>>40, z<<30)
	var w uint16 = 0xABCD
	fmt.Println(w<<4, w>>4, w<<8|w>>8)
	n := 5
	fmt.Println(1<<n, 1000>>n, -1000>>n)
}
