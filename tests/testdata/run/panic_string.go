package main

import "fmt"

func check(v int) {
	if v > 2 {
		panic("value too large")
	}
	fmt.Println("ok", v)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
