package main

import "fmt"

func unknown(n int) int {
	s := make([]byte, n)
	return len(s)
}

func main() {
	fmt.Println(unknown(14))
}
