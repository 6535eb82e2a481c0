package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98
const Huge = Big * Big
const Ratio = Huge / Big / Big

const third = 1.0 / 3
const seven = 7 / 2
const sevenF = 7 / 2.0

func main() {
	fmt.Println(Small, Ratio)
	fmt.Println(seven, sevenF)
	fmt.Println(third * 3)
	var f float64 = Big / (1 << 90)
	fmt.Println(f)
	var i int8 = Big >> 95
	fmt.Println(i)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %T %T\n", c, seven, sevenF)
	const mask = ^uint8(0)
	fmt.Println(mask, ^0, -1<<3)
	var x uint32 = 1<<32 - 1
	fmt.Println(x, x+1)
}
