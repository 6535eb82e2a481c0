package main

import "fmt"

func scale(f float64) float64 {
	return f * -1
}

func main() {
	f := scale(2.5)
	fmt.Println("scaled", f)
	panic(f)
}
