package main

import (
	"fmt"
	"strings"
)

func build(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("ab")
	}
	return b.String()
}

func main() {
	fmt.Println(build(3), strings.Repeat("-", 2))
}
