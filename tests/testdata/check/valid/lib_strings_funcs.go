package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10), strings.Repeat("x", 0) == "")
	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), parts)
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Println(strings.Join([]string{"usr", "local", "bin"}, "/"))
	fmt.Println(strings.Join(nil, ",") == "", strings.Join([]string{"solo"}, "+"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("", ""))
	line := "the quick brown fox"
	words := strings.Split(line, " ")
	for i, w := range words {
		words[i] = strings.Repeat(w, 2)
	}
	fmt.Println(strings.Join(words, "_"))
	count := 0
	for _, w := range strings.Split("go,rust,go,c", ",") {
		if strings.Contains(w, "go") {
			count++
		}
	}
	fmt.Println(count)
}
