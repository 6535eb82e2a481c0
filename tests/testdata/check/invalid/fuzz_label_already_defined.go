package main

import "fmt"

func main() {
outer:
	for i := 0; i < 2; i++ {
		continue outer
	}
outer:
	for {
		break outer
	}
	fmt.Println("done")
}
