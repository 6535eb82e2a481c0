package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+2)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid), len(grid[2]))
	row := grid[1]
	row[1] = 100
	fmt.Println(grid)
	grid = append(grid, []int{7})
	grid[3] = append(grid[3], 8, 9)
	fmt.Println(grid)
	var tri [][]int
	for i := 0; i < 6; i++ {
		r := make([]int, i+1)
		r[0], r[i] = 1, 1
		for j := 1; j < i; j++ {
			r[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, r)
	}
	for _, r := range tri {
		fmt.Println(r)
	}
	var nilNested [][]string
	fmt.Println(nilNested, len(nilNested), nilNested == nil)
}
