package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func square(x int) int { return x * x }

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(mapInts(xs, square))
	fmt.Println(filter(xs, func(x int) bool { return x%2 == 0 }))
	fmt.Println(reduce(xs, 0, func(a, b int) int { return a + b }))
	inc := func(x int) int { return x + 1 }
	f := compose(inc, square, inc)
	fmt.Println(f(2), compose()(7))
	var nilFn func()
	fmt.Println(nilFn == nil)
	fmt.Printf("%T\n", compose)
}
