package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func count(args ...interface{}) int {
	return len(args)
}

func describe(prefix string, vals ...int) {
	fmt.Println(prefix, len(vals), vals == nil, vals)
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1))
	fmt.Println(sum(1, 2, 3, 4))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"))
	fmt.Println(join(", "))
	words := []string{"x", "y"}
	fmt.Println(join("+", words...))
	fmt.Println(count(1, "two", 3.0, nil))
	describe("none")
	describe("some", 4, 5)
	describe("spread", nums[1:]...)
	// append is variadic too
	more := append(nums, nums...)
	fmt.Println(more)
}
