package main

import "fmt"

func main() {
	fmt.Println(int(2.5))
}
