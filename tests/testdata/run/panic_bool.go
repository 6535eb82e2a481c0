package main

import "fmt"

func main() {
	ok := false
	fmt.Println(ok)
	if !ok {
		panic(!ok)
	}
}
