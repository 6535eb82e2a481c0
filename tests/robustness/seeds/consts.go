package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	_
	Friday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const greeting = "hello, 世界"

func (d Weekday) String() string {
	names := [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri"}
	if int(d) < len(names) {
		return names[d]
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		fallthrough
	case n > 100:
		return "even or big"
	}
	return "odd"
}

func main() {
	var x uint8 = 250
	x += 10
	var f float64 = 1.5e3
	b := byte('A')
	r := '\n'
	fmt.Println(Monday, Friday, KB, MB, GB/MB, x, f, b, r)
	for i, c := range greeting {
		if c > 127 {
			fmt.Printf("%d:%q ", i, c)
		}
	}
	fmt.Println()
	for _, n := range []int{-3, 0, 4, 7, 101} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println(0x1F, 0o17, 0b101, 1_000_000, ^0, 7&^5, -7>>1)
}
