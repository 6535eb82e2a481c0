package main

import "fmt"

func main() {
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b", -4: "d"})
	fmt.Println(map[string]bool{"z": true, "a": false, "m": true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[rune]int{'b': 2, 'a': 1})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]int{"b": 2, "a": 1}, map[string]int{"b": 2, "a": 1}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%d %s %q\n", map[string]int{"k": 7}, map[string]string{"k": "v"}, map[string]string{"k": "v"})
	type P struct{ A, B int }
	fmt.Println(map[P]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	fmt.Println(map[string][]int{"b": {2}, "a": {1, 1}})
	fmt.Println(map[string]map[string]int{"outer": {"z": 1, "y": 2}})
	fmt.Printf("%T %T\n", map[string][]int{}, map[P]bool{})
	fmt.Println(map[int8]uint{-1: 1, 1: 2, -128: 3})
	fmt.Println(map[string]interface{}{"n": nil, "i": 1, "s": "x"})
}
