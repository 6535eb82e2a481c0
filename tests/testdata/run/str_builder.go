package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString("n")
		sb.WriteByte('0' + byte(i))
		sb.WriteRune('→')
	}
	fmt.Println(sb.String(), sb.Len())
	var b2 strings.Builder
	b2.WriteString(fmt.Sprint("x=", 42))
	fmt.Println(b2.String())
	b2.Reset()
	b2.WriteString("fresh")
	fmt.Println(b2.String(), b2.Len())
	lines := []string{}
	for i := 1; i <= 3; i++ {
		var l strings.Builder
		l.WriteString(strings.Repeat("*", i))
		lines = append(lines, l.String())
	}
	fmt.Println(strings.Join(lines, "|"))
}
