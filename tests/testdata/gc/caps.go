package main

import "fmt"

// append's growth (runtime/slice.go growslice): double below 256 elements, then
// grow by (cap+768)/4 at a time, and always round the new backing array up to a
// malloc size class (below 32 KB) or to 8 KB pages (above), so the cap printed is
// the rounded one. Each line lists the distinct caps seen while appending one
// element at a time to a nil slice; then a few appends of several elements at once.
// Zero-size elements take another path in growslice: see caps_zero.go.

const n = 3000

type S24 struct{ a, b, c int64 }
type S40 struct{ a, b, c, d, e int64 }

func report(name string, caps []int) {
	fmt.Print(name, ":")
	for _, c := range caps {
		fmt.Printf(" %d", c)
	}
	fmt.Println()
}

// seen appends c to caps unless it is the last one already there.
func seen(caps []int, c int) []int {
	if len(caps) == 0 || caps[len(caps)-1] != c {
		caps = append(caps, c)
	}
	return caps
}

func intCaps(s []int, upTo int) []int {
	var caps []int
	for i := 0; i < upTo; i++ {
		s = append(s, i)
		caps = seen(caps, cap(s))
	}
	return caps
}

func byteCaps() []int {
	var s []byte
	var caps []int
	for i := 0; i < n; i++ {
		s = append(s, byte(i))
		caps = seen(caps, cap(s))
	}
	return caps
}

func stringCaps() []int {
	var s []string
	var caps []int
	for i := 0; i < n; i++ {
		s = append(s, "x")
		caps = seen(caps, cap(s))
	}
	return caps
}

func int32Caps() []int {
	var s []int32
	var caps []int
	for i := 0; i < n; i++ {
		s = append(s, int32(i))
		caps = seen(caps, cap(s))
	}
	return caps
}

func s24Caps() []int {
	var s []S24
	var caps []int
	for i := 0; i < n; i++ {
		s = append(s, S24{a: int64(i)})
		caps = seen(caps, cap(s))
	}
	return caps
}

func s40Caps() []int {
	var s []S40
	var caps []int
	for i := 0; i < n; i++ {
		s = append(s, S40{e: int64(i)})
		caps = seen(caps, cap(s))
	}
	return caps
}

func ptrCaps() []int {
	var s []*int
	var caps []int
	x := 1
	for i := 0; i < n; i++ {
		s = append(s, &x)
		caps = seen(caps, cap(s))
	}
	return caps
}

func int16x3Caps() []int {
	var s [][3]int16
	var caps []int
	for i := 0; i < n; i++ {
		s = append(s, [3]int16{int16(i), 0, 1})
		caps = seen(caps, cap(s))
	}
	return caps
}

func main() {
	report("int", intCaps(nil, n))
	report("byte", byteCaps())
	report("string", stringCaps())
	report("int32", int32Caps())
	report("struct24", s24Caps())
	report("struct40", s40Caps())
	report("*int", ptrCaps())
	report("[3]int16", int16x3Caps())
	report("int to 20000", intCaps(nil, 20000))
	report("int from make(0, 3)", intCaps(make([]int, 0, 3), n))

	a := append([]int(nil), 1, 2, 3)
	fmt.Println("append(nil, 1, 2, 3):", len(a), cap(a))
	b := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println("append(nil, 5 ints):", len(b), cap(b))
	c := append([]byte(nil), "hello"...)
	fmt.Println("append([]byte(nil), \"hello\"...):", len(c), cap(c))
	d := append(make([]int, 0, 5), 1, 2, 3, 4, 5, 6)
	fmt.Println("append(make([]int, 0, 5), 6 ints):", len(d), cap(d))
	e := append(make([]int, 3), make([]int, 10)...)
	fmt.Println("append(3 ints, 10 ints...):", len(e), cap(e))
	f := append([]string{"a"}, "b", "c")
	fmt.Println("append([]string{\"a\"}, 2 strings):", len(f), cap(f))
	g := append(make([]byte, 2), make([]byte, 40)...)
	fmt.Println("append(2 bytes, 40 bytes...):", len(g), cap(g))
	h := append(make([]int, 300), make([]int, 700)...)
	fmt.Println("append(300 ints, 700 ints...):", len(h), cap(h))
	k := append(make([]S24, 600), S24{})
	fmt.Println("append(600 struct24, 1):", len(k), cap(k))
	m := append(make([]int, 5000), 1)
	fmt.Println("append(5000 ints, 1):", len(m), cap(m))
}
