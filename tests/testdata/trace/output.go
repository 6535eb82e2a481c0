package main

import (
	"fmt"
	"strings"
)

// Output on both streams, in several writes: fmt to stdout, print/println to stderr.

func main() {
	fmt.Print("a", 1, "\n")
	println("to stderr", 2)
	fmt.Printf("%d-%s|%5.2f|%q\n", 42, "x", 3.14159, "é")
	print("no newline")
	fmt.Println(strings.Repeat("ab", 3), []int{1, 2}, map[string]int{"k": 1})
	fmt.Print("héllo, 世界\n")
}
