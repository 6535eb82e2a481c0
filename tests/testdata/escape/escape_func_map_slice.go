package main

import "fmt"

func main() {
	ops := map[string]func(int) int{
		"inc": func(x int) int { return x + 1 },
		"dbl": func(x int) int { return x * 2 },
	}
	steps := []func(int) int{ops["inc"], ops["dbl"]}
	v := 3
	for _, f := range steps {
		v = f(v)
	}
	fmt.Println(v, ops["inc"](10), steps[1](10))
}
