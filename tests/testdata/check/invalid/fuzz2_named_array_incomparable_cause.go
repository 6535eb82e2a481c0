package main

func main() {
	type T [2][]int
	var a, b T
	_ = a == b
}
