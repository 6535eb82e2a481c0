package main

import "fmt"

func label(n int) string {
	return n
}

func main() {
	fmt.Println(label(1))
}
