package main

import "fmt"

func main() {
	words := []string{"banana", "apple", "Apple", "cherry", "app", "", "b"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			if words[j] < words[i] {
				words[i], words[j] = words[j], words[i]
			}
		}
	}
	fmt.Println(words, len(words))
	fmt.Println("a" < "b", "ab" < "a", "Z" < "a", "é" > "z", "abc" == "ab"+"c")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
		s += "-"
	}
	fmt.Println(s)
	a := "x"
	b := a
	a += "y"
	fmt.Println(a, b)
	fmt.Println("line1\nline2\ttab\\ \"q\"", `raw\n` + "!")
}
