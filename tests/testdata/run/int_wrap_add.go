package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1:", a)
	var b int8 = -128
	b--
	fmt.Println("int8 -128-1:", b)
	var c uint8 = 255
	c += 10
	fmt.Println("uint8 255+10:", c)
	var d uint8 = 3
	d -= 5
	fmt.Println("uint8 3-5:", d)
	var e int16 = 32767
	e += 2
	fmt.Println("int16:", e)
	var f uint16 = 65535
	f++
	fmt.Println("uint16:", f)
	var g int32 = 2147483647
	g++
	fmt.Println("int32:", g)
	var h uint32 = 0
	h--
	fmt.Println("uint32:", h)
	var i int64 = 9223372036854775807
	i++
	fmt.Println("int64:", i)
	var j uint64 = 0
	j--
	fmt.Println("uint64:", j)
	var k int = -9223372036854775808
	k--
	fmt.Println("int:", k)
}
