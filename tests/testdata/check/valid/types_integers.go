package main

import "fmt"

func main() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = 2147483647
	var i64 int64 = 9223372036854775807
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var i int = -1
	var u uint = 1
	var up uintptr = 4096

	// Arithmetic wraps at the width of the type.
	i8++
	i16++
	i32++
	i64++
	u8++
	u16++
	u32++
	u64++
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(u8, u16, u32, u64)
	u--
	u--
	fmt.Println(i, u)
	fmt.Println(up+8, up/2, up%7)

	var m int8 = -128
	fmt.Println(-m, m/-1, m*m)
	var x uint8 = 200
	fmt.Println(x+100, x*2, x<<1, x>>3)

	// Division truncates towards zero; % takes the sign of the dividend.
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)

	// Conversions between sizes truncate or sign-extend.
	big := 0x12345678
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	m1 := int8(-1)
	fmt.Println(int64(int32(-5)), uint32(m1))
	fmt.Printf("%T %T %T\n", up, 'x', 1<<3)
	fmt.Println(0x1F, 0o17, 017, 0b101, 1_000_000)
}
