package main

func main() {
	a := 1
	, b := 2, 3
	_ = a
}
