package main

func main() {
	var c chan ("x")
	_ = c
}
