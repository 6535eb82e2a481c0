package main

func main() {
	var f func(0)
	_ = f
}
