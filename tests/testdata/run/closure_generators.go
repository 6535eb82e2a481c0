package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func rangeGen(lo, hi, step int) func() (int, bool) {
	cur := lo
	return func() (int, bool) {
		if cur >= hi {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func main() {
	f := fibGen()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	next := rangeGen(3, 20, 4)
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func(k int) func() int {
			return func() int { return k * k }
		}(i))
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
}
