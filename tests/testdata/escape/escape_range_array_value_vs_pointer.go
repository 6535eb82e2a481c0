package main

import "fmt"

func sumValue(a [4]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func sumPointer(a *[4]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	fmt.Println(sumValue(arr), sumPointer(&arr))
}
