package main

import "fmt"

func local() int {
	a, b := 1, 2
	arr := [2]*int{&a, &b}
	return *arr[0] + *arr[1]
}

func returned() [2]*int {
	c, d := 3, 4
	return [2]*int{&c, &d}
}

func main() {
	r := returned()
	fmt.Println(local(), *r[0]+*r[1])
}
