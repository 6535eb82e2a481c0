package main

import "fmt"

func two() (int, error) {
	return 2, nil
}

func main() {
	x := two()
	fmt.Println(x)
}
