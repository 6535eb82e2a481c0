package main

import "fmt"

func main() {
	var small int8 = 100
	small = small + 200
	fmt.Println(small)
}
