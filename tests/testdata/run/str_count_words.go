package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the end"
	counts := map[string]int{}
	for _, w := range strings.Split(text, " ") {
		counts[w]++
	}
	fmt.Println(counts)
	letters := map[rune]int{}
	for _, r := range "mississippi" {
		letters[r]++
	}
	fmt.Println(letters)
	vowels := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		}
	}
	fmt.Println("vowels:", vowels)
	upper := []byte(text[:9])
	for i, c := range upper {
		if c >= 'a' && c <= 'z' {
			upper[i] = c - 32
		}
	}
	fmt.Println(string(upper))
}
