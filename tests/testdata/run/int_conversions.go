package main

import "fmt"

func main() {
	var big int = 300
	fmt.Println(int8(big), uint8(big), int16(big))
	var neg int = -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	var i8 int8 = -5
	fmt.Println(int16(i8), uint16(i8), int64(i8), uint8(i8))
	var u8 uint8 = 251
	fmt.Println(int8(u8), int16(u8), int(u8))
	var x int64 = 0x123456789
	fmt.Println(int32(x), uint32(x), int16(x), uint16(x), int8(x), byte(x))
	var u64 uint64 = 18446744073709551615
	fmt.Println(int64(u64), int32(u64), uint32(u64))
	r := rune(0x1F600)
	fmt.Println(r, byte(r), int16(r))
	var m int32 = -2147483648
	fmt.Println(int64(m), uint64(m), uint32(m))
}
