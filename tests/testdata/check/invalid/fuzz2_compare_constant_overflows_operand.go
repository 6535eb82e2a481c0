package main

func main() {
	var a byte
	_ = a > -1
}
