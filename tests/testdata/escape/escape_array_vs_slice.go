package main

import "fmt"

func arr() int {
	a := [3]int{1, 2, 3}
	return a[0] + a[2]
}

func slice() int {
	s := []int{1, 2, 3}
	return s[0] + s[2]
}

func sliceOfArray() []int {
	a := [3]int{1, 2, 3}
	return a[:]
}

func main() {
	fmt.Println(arr(), slice(), len(sliceOfArray()))
}
