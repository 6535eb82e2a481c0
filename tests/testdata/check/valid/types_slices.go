package main

import "fmt"

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), len(empty))

	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	s = append(s, 1, 2)
	fmt.Println(s, len(s), cap(s))

	nums := []int{5, 1, 4, 2, 3}
	evens := filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)

	// Slices share their backing array.
	head := nums[:2]
	head[0] = 50
	fmt.Println(nums, head)

	// The three-index form limits capacity, so append copies.
	limited := nums[1:3:3]
	limited = append(limited, 99)
	fmt.Println(nums, limited, cap(nums[1:3:4]))

	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
		for j := range matrix[i] {
			matrix[i][j] = i + j
		}
	}
	fmt.Println(matrix)

	dst := make([]int, 2)
	n := copy(dst, nums)
	fmt.Println(n, dst)

	// Delete the element at index 1.
	words := []string{"a", "b", "c", "d"}
	words = append(words[:1], words[2:]...)
	fmt.Println(words, len(words))

	// Insert at index 1.
	words = append(words[:1], append([]string{"B"}, words[1:]...)...)
	fmt.Println(words)

	var grow []int
	caps := []int{}
	last := -1
	for i := 0; i < 20; i++ {
		grow = append(grow, i)
		if cap(grow) != last {
			last = cap(grow)
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)
}
