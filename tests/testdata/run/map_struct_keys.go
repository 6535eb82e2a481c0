package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	seen := map[Point]bool{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {2, 1}, {1, 1}}
	for _, p := range path {
		if seen[p] {
			fmt.Println("revisit", p)
		}
		seen[p] = true
	}
	fmt.Println(len(seen), seen)
	grid := map[[2]int]string{{1, 2}: "a", {0, 5}: "b", {1, 0}: "c"}
	fmt.Println(grid)
	m := map[interface{}]int{1: 1, "a": 2, 2.5: 3, true: 4}
	fmt.Println(len(m), m[1], m["a"], m[2.5], m[true], m[false])
	byBool := map[bool][]int{}
	for i := 0; i < 7; i++ {
		byBool[i%3 == 0] = append(byBool[i%3 == 0], i)
	}
	fmt.Println(byBool)
	floats := map[float64]string{2.5: "x", -1: "y", 0: "z"}
	fmt.Println(floats)
}
