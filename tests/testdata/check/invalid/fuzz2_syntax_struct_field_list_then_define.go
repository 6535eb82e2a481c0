package main

type T struct {
	a int
	x, y := 1
}

func main() {}
