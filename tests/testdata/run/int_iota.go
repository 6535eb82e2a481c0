package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = iota * iota
	x1
	x2
	_
	x4
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x4)
	f := FlagA | FlagC
	fmt.Println(f, f&FlagC != 0, f&FlagB != 0, f|FlagD, f&^FlagA)
	fmt.Printf("%T %T %T\n", Monday, KB, FlagB)
}
