package main

import "fmt"

func maps() int {
	m := make(map[int]int)
	m[1] = 2
	c := make(chan int, 1)
	c <- m[1]
	return <-c
}

func main() {
	fmt.Println(maps())
}
