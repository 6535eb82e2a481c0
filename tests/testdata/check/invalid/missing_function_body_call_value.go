package main

import "fmt"

func answer() int { return 42 }

func main() {
	var x int = answer
	fmt.Println(x)
}
