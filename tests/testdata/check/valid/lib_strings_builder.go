package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune('界')
	fmt.Println(b.String(), b.Len())

	var sb strings.Builder
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(fmt.Sprint(i * i))
	}
	fmt.Println("[" + sb.String() + "]")

	p := &strings.Builder{}
	n, err := p.WriteString("abc")
	fmt.Println(n, err, p.Len())
	p.WriteByte('d')
	p.WriteRune('é')
	fmt.Printf("%q %d\n", p.String(), p.Len())
}
