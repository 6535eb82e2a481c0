package main

func main() {
	var r interface{}
	_ = r != 1<<64
}
