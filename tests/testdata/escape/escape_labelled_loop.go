package main

import "fmt"

var found []*int

func search(grid [3][3]int, want int) {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			v := grid[i][j]
			if v == want {
				found = append(found, &v)
				break outer
			}
			if v < 0 {
				continue outer
			}
		}
	}
}

func main() {
	g := [3][3]int{{1, 2, 3}, {-1, 5, 6}, {7, 8, 9}}
	search(g, 8)
	fmt.Println(len(found), *found[0])
}
