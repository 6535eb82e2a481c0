package main

import "fmt"

func count(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	t := string(b)
	return n + len(t)
}

func main() {
	fmt.Println(count("banana"))
}
