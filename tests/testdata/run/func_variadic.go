package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 99
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	modify(s...)
	fmt.Println(s)
	modify(1, 2)
	fmt.Println(describe("n="), describe("n=", 1, "a", nil))
	var nilSlice []int
	fmt.Println(sum(nilSlice...))
	args := []interface{}{"x", 2}
	fmt.Println(args...)
	fmt.Println(describe("p", args...))
}
