package main

func main() {
	var x interface{} -= 42
	_ = x
}
