package main

import "fmt"

func join(a, b string) string {
	return a + b
}

func local(a, b string) int {
	s := a + "-" + b
	return len(s)
}

func main() {
	fmt.Println(join("x", "y"), local("a", "b"))
}
