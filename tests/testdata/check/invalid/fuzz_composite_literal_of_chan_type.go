package main

import "fmt"

func main() {
	ch := chan int{}
	fmt.Println(ch)
}
