package main

import "fmt"

type List struct {
	val  int
	next *List
}

func fromSlice(vals []int) *List {
	var head *List
	for i := len(vals) - 1; i >= 0; i-- {
		head = &List{val: vals[i], next: head}
	}
	return head
}

func length(l *List) int {
	n := 0
	for ; l != nil; l = l.next {
		n++
	}
	return n
}

func main() {
	l := fromSlice([]int{1, 2, 3})
	fmt.Println(l.val, l.next.val, length(l))
}
