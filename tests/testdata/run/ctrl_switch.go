package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Println("zero, falls through")
			fallthrough
		case 1:
			fmt.Println("one (or fell)")
		case 2, 3:
			fmt.Println("two or three")
			if i == 3 {
				break
			}
			fmt.Println("only two")
		}
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	}
}
