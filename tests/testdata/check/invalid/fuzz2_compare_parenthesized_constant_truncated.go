package main

func main() {
	var a int
	_ = a <= (10 / 3.0)
}
