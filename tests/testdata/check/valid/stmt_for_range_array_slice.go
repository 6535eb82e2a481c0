package main

import "fmt"

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	for i, v := range arr {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()

	// Range over an array copies it first; over a slice it does not.
	nums := [3]int{1, 2, 3}
	for i, v := range nums {
		nums[2] = 100
		if i == 2 {
			fmt.Println("array copy sees", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice sees", v)
		}
	}

	// The range expression is evaluated once.
	items := []int{1, 2}
	for range items {
		items = append(items, 0)
	}
	fmt.Println(len(items))

	total := 0
	for _, v := range []int{3, 4, 5} {
		total += v
	}
	fmt.Println(total)

	for i := range arr {
		arr[i] += arr[i]
	}
	fmt.Println(arr)

	matrix := [][]int{{1, 2}, {3, 4}, {5}}
	for r, row := range matrix {
		for c := range row {
			fmt.Print(r, c, " ")
		}
	}
	fmt.Println()

	ptr := &[2]int{7, 8}
	for i, v := range ptr {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	var empty []string
	for range empty {
		fmt.Println("never")
	}
}
