package main

import "fmt"

func main() {
	words := []string{"a", "b"}
	for _, w := range words {
		w[0] = 'A'
	}
	fmt.Println(words)
}
