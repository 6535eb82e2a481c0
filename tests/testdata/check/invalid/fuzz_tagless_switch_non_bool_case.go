package main

import "fmt"

func main() {
	score := 85
	switch {
	case score - 80:
		fmt.Println("B")
	}
}
