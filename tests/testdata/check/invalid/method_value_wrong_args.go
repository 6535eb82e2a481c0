package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("a", "b")
	fmt.Println(b.String())
}
