package main

import "fmt"

func main() {
	i := 3
	for i {
		fmt.Println(i)
		i--
	}
}
