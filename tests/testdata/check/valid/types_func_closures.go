package main

import "fmt"

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	add := func(a, b int) int { return a + b }
	var mul BinOp = func(a, b int) int { return a * b }
	fmt.Println(apply(add, 3, 4), apply(mul, 3, 4))

	ops := map[string]BinOp{
		"+": add,
		"-": func(a, b int) int { return a - b },
	}
	fmt.Println(ops["-"](10, 3), ops["+"](1, 1))

	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())

	add5 := adder(5)
	inc := adder(1)
	fmt.Println(add5(10), compose(add5, inc)(0))

	// A recursive closure must be declared first.
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))

	// Closures share the captured variable.
	x := 0
	incX := func() { x++ }
	incX()
	incX()
	fmt.Println(x)

	var nilFn func()
	fmt.Println(nilFn == nil)
	fns := []func(int) int{inc, add5, func(v int) int { return v * v }}
	v := 2
	for _, f := range fns {
		v = f(v)
	}
	fmt.Println(v)
	fmt.Println(func(s string) string { return s + s }("ab"))
}
