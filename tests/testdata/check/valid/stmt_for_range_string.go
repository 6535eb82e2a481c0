package main

import "fmt"

func main() {
	s := "aé世!"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	// Byte indexes versus rune count.
	count := 0
	for range s {
		count++
	}
	fmt.Println(len(s), count)
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
	// Ranging over bytes explicitly.
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	// Invalid UTF-8 yields U+FFFD.
	for _, r := range "a\xffb" {
		fmt.Print(r, " ")
	}
	fmt.Println()
}
