package main

import "fmt"

func main() {
	var d int8 = 0
	var n int8 = 100
	fmt.Println("float division is fine:", 1.0/float64(d) > 0)
	fmt.Println(n % d)
}
