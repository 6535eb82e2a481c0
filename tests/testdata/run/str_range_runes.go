package main

import "fmt"

func main() {
	for i, r := range "aé世🙂" {
		fmt.Println(i, r, string(r), len(string(r)))
	}
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}
	fmt.Println(len(bad), []byte(bad), []rune(bad))
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n)
	for i := range "ab€" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	mixed := "\xe4\xb8" + "x"
	for i, r := range mixed {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
}
