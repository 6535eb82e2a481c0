package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	n := 0
loop:
	for {
		select {
		default:
			n++
			if n == 5 {
				break loop
			}
		}
	}
	fmt.Println("n", n)
	found := -1
search:
	for i, row := range [][]int{{1, 2}, {3, 42}, {42}} {
		for _, v := range row {
			if v == 42 {
				found = i
				break search
			}
		}
	}
	fmt.Println("found in row", found)
	for i := 10; i > 0; i /= 2 {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
