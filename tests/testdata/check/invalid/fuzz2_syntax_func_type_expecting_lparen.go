package main

func main() {
	var f (func)
	_ = f
}
