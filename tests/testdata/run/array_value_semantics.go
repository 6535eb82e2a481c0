package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doublePtr(&a)
	fmt.Println(a)
	fmt.Println(a == [3]int{2, 4, 6}, a != b)
	var grid [2][3]int
	g2 := grid
	g2[1][2] = 9
	fmt.Println(grid, g2)
	for i, v := range a {
		a[2] = 1000
		fmt.Print(i, v, " ")
	}
	fmt.Println(a)
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr, arr[1] == "")
	fmt.Printf("%T %T\n", arr, grid)
}
