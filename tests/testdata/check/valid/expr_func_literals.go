package main

import "fmt"

func each(xs []int, f func(i, x int)) {
	for i, x := range xs {
		f(i, x)
	}
}

func makeMultiplier(k int) func(int) int {
	return func(x int) int { return x * k }
}

func main() {
	// Immediately invoked.
	res := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(res)

	total := 0
	each([]int{1, 2, 3}, func(i, x int) {
		total += i * x
	})
	fmt.Println(total)

	triple := makeMultiplier(3)
	fmt.Println(triple(5), makeMultiplier(2)(8))

	// Func literal with multiple results and a named result.
	div := func(a, b int) (q, r int) {
		q, r = a/b, a%b
		return
	}
	fmt.Println(div(22, 7))

	// Variadic func literal.
	join := func(sep string, xs ...string) string {
		out := ""
		for i, x := range xs {
			if i > 0 {
				out += sep
			}
			out += x
		}
		return out
	}
	fmt.Println(join("/", "usr", "local", "bin"))

	// Nested literals capture from all enclosing scopes.
	outer := 1
	f := func() func() int {
		inner := 10
		return func() int {
			outer++
			return outer + inner
		}
	}()
	fmt.Println(f(), f(), outer)
	defer func() { fmt.Println("deferred literal") }()
	go func() {}()
}
