package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	ages := map[string]int{
		"alice": 31,
		"bob":   25,
	}
	ages["carol"] = 40
	ages["bob"]++
	fmt.Println(ages, len(ages))

	v, ok := ages["dave"]
	fmt.Println(v, ok)
	if age, found := ages["alice"]; found {
		fmt.Println("alice is", age)
	}
	delete(ages, "alice")
	delete(ages, "nobody") // deleting a missing key is a no-op
	fmt.Println(ages)

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)

	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], counts['m'], counts['z'])

	grid := map[Point]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(grid[Point{1, 2}], grid)

	nested := map[string]map[string]bool{}
	if nested["a"] == nil {
		nested["a"] = map[string]bool{}
	}
	nested["a"]["b"] = true
	fmt.Println(nested)

	lists := map[string][]int{}
	lists["x"] = append(lists["x"], 1)
	lists["x"] = append(lists["x"], 2)
	fmt.Println(lists)

	ptrs := map[string]*Point{"p": {1, 1}}
	ptrs["p"].X = 10 // allowed: the map value is a pointer
	fmt.Println(*ptrs["p"])

	byBool := map[bool]int{true: 1, false: 0}
	byFloat := map[float64]string{2.5: "x", -1: "y"}
	byArray := map[[2]int]int{{1, 2}: 3}
	fmt.Println(byBool, byFloat, byArray)
}
