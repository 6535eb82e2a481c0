package main

import "fmt"

func main() {
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "mul", "sub", "div"} {
		if f, ok := ops[name]; ok {
			fmt.Println(name, f(7, 3))
		} else {
			fmt.Println(name, "unknown")
		}
	}
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(80), len(memo))
}
