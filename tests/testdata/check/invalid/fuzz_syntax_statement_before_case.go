package main

import "fmt"

func main() {
	x := 1
	switch x {
	fmt.Println(x)
	case 1:
	}
}
