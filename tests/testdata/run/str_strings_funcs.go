package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), parts)
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("a b c", " "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, "-") == "")
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("x", ""))
	csv := "name=go;version=1.19;kind=lang"
	for _, kv := range strings.Split(csv, ";") {
		p := strings.Split(kv, "=")
		fmt.Println(p[0], "->", p[1])
	}
	fmt.Println(strings.Repeat("=", 10))
}
