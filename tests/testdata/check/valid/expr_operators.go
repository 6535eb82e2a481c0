package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(a&b, a|b, a^b, a&^b, a<<2, a>>1)
	fmt.Println(-a, +a, ^a, ^0, -(-a))
	t, f := true, false
	fmt.Println(t && f, t || f, !t, !f && t)
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)

	var u uint8 = 0xF0
	fmt.Println(^u, u>>4, u<<1, u&0x3C, u|0x0F, u^0xFF)

	x, y := 7.5, 2.0
	fmt.Println(x+y, x-y, x*y, x/y, -x)
	s1, s2 := "foo", "bar"
	fmt.Println(s1+s2, s1 < s2, s1 >= s2)

	// Shifts by a variable count, including counts past the width.
	var n uint = 70
	one := 1
	fmt.Println(one<<n, -8>>1, int8(-8)>>1, uint8(255)>>n)
	var sh int = 3
	fmt.Println(one<<sh, 256>>sh)

	// Short-circuit evaluation.
	calls := 0
	check := func(v bool) bool { calls++; return v }
	_ = check(false) && check(true)
	_ = check(true) || check(false)
	fmt.Println("calls:", calls)

	p := &a
	*p += 1
	fmt.Println(a, *p**p)
	ch := make(chan int, 1)
	ch <- a
	fmt.Println(<-ch + 1)
}
