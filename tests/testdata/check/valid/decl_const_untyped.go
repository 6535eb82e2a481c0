package main

import "fmt"

// Untyped constants are exact: arithmetic on them happens at arbitrary precision.
const Big = 1 << 100
const Small = Big >> 98 // 4, fits in int
const Huge = 1e300 * 1e300 / 1e300
const Third = 1.0 / 3
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459

const (
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint64 = 1<<64 - 1
	Shift62   = 1 << 62
)

func main() {
	fmt.Println(0.1 + 0.2)
	x, y := 0.1, 0.2
	fmt.Println(x + y)
	fmt.Println(Small, Big/Big, Big>>90)
	fmt.Println(Huge)
	fmt.Println(Third)
	fmt.Println(Pi)
	fmt.Println(MaxInt64, MinInt64)
	var u uint64 = MaxUint64
	fmt.Println(u, Shift62)
	fmt.Println(Shift62 * 2 / 4)

	// An untyped float constant with an integral value can be an int.
	const f = 3.0
	var i int = f
	var g float64 = f
	fmt.Println(i, g)

	// Integer constant division truncates, float constant division does not.
	fmt.Println(7/2, 7/2.0, 7.0/2)

	// Untyped rune and string constants.
	const r = 'a' + 1
	const s = "con" + "cat"
	fmt.Println(r, string(rune(r)), s, len(s))

	// A constant expression is evaluated before conversion.
	var b byte = 255 + 1 - 1
	fmt.Println(b)
	var small int8 = -128
	fmt.Println(small)

	// Huge intermediate values are fine as long as the result fits.
	const ratio = (1 << 200) / (1 << 197)
	arr := [ratio]int{}
	fmt.Println(len(arr), ratio)
	fmt.Println(1e3, 1e6, float32(0.1))
	const typed int64 = 1 << 40
	fmt.Println(typed >> 38)
}
