package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	names := [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	if d < 0 || int(d) >= len(names) {
		return "???"
	}
	return names[d]
}

const (
	_  = iota // skip zero
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

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

const (
	first  = "x"
	second // repeats the previous expression: "x"
	third  = iota
	fourth
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Println(int(Friday), Weekday(9))
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	perms := FlagRead | FlagExec
	fmt.Println(perms, perms&FlagWrite != 0, perms&FlagExec != 0)
	fmt.Printf("%03b\n", perms)
	fmt.Println(first, second, third, fourth)
	const local = iota
	fmt.Println(local)
}
