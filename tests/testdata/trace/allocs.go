package main

// Escaping and non-escaping allocations, printed with println so that no interface
// conversion adds sites: go build -gcflags='-m -l' reports exactly these heap sites
// (see tests/machine/test_trace.py).

type point struct {
	x, y int
}

var global *point
var ints []int
var counter func() int

func moved() *int {
	n := 7
	return &n
}

func literal() {
	global = &point{1, 2}
}

func slices(n int) {
	ints = make([]int, n)
	local := make([]int, 4)
	local[0] = n
	ints[0] = local[0]
}

func closure() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	p := moved()
	literal()
	slices(3)
	q := new(int)
	*q = 5
	sq := &point{3, 4}
	m := map[string]int{"k": 1}
	counter = closure()
	counter()
	println(*p, global.x, len(ints), *q, sq.y, len(m))
}
