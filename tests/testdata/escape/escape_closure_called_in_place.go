package main

import "fmt"

func inPlace() int {
	x := 0
	func() {
		x += 5
	}()
	return x
}

func main() {
	fmt.Println(inPlace())
}
