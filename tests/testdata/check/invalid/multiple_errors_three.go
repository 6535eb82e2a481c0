package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		total += undefinedStep
	}
	var name string = total
	fmt.Println(nme)
}
