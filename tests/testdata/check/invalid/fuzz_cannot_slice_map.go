package main

import "fmt"

func main() {
	m := map[int]string{0: "a", 1: "b"}
	fmt.Println(m[0:1])
}
