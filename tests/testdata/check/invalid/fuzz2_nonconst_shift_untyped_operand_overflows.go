package main

func main() {
	var n uint = 1
	var c uint = -1 << n
	_ = c
}
