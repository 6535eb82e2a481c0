package main

import "fmt"

func main() {
	fmt.Println("stdout first")
	println("to stderr", 1, true, "x")
	print("no", "spaces", 12, 3, "\n")
	println(3.0, 0.1, -2.5, 1e21)
	var i8 int8 = -5
	var u uint = 7
	println(i8, u, 'a', 'é')
	println()
	println("")
	fmt.Println("stdout last")
}
