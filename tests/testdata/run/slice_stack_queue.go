package main

import "fmt"

func main() {
	var stack []int
	for i := 1; i <= 5; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println(len(stack), cap(stack))
	queue := []string{"a", "b"}
	queue = append(queue, "c")
	for len(queue) > 0 {
		head := queue[0]
		queue = queue[1:]
		fmt.Print(head, len(queue), cap(queue), " ")
		if head == "a" {
			queue = append(queue, "d")
		}
	}
	fmt.Println()
	s := []int{5, 2, 8, 1, 9, 3}
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	fmt.Println(s)
}
