package main

import "fmt"

func main() {
	f := func(int) int(nil)
	fmt.Println(f == nil)
}
