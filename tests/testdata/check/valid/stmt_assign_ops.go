package main

import "fmt"

func main() {
	x := 100
	x += 5
	fmt.Println(x)
	x -= 10
	fmt.Println(x)
	x *= 3
	fmt.Println(x)
	x /= 7
	fmt.Println(x)
	x %= 9
	fmt.Println(x)

	b := 0b1100
	b &= 0b1010
	fmt.Println(b)
	b |= 0b0001
	fmt.Println(b)
	b ^= 0b1111
	fmt.Println(b)
	b <<= 4
	fmt.Println(b)
	b >>= 2
	fmt.Println(b)
	b &^= 0b100
	fmt.Println(b)

	s := "go"
	s += "pher"
	fmt.Println(s)

	f := 1.5
	f *= 4
	f -= 0.5
	f /= 2
	fmt.Println(f)

	arr := []int{1, 2, 3}
	arr[1] *= 10
	m := map[string]int{"k": 1}
	m["k"] += 41
	type T struct{ v int }
	t := &T{v: 3}
	t.v <<= 2
	fmt.Println(arr, m, t.v)

	var u8 uint8 = 250
	u8 += 10
	fmt.Println(u8)
	var shift uint = 3
	y := 1
	y <<= shift
	fmt.Println(y)
	// Plain assignment.
	var z int
	z = x + y
	fmt.Println(z)
	_ = z
}
