package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	x = 20
	defer func() { fmt.Println("x in closure:", x) }()
	x = 30
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
	fmt.Println("end of main", x)
}
