package main

import "fmt"

type Flags uint

func main() {
	n := 3
	var a int64 = 1 << n
	var b uint = 1 << n
	var c Flags = 1 << n
	var d uint8 = 1 << n
	fmt.Println(a, b, c, d)
}
