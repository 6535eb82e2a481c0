package main

func main() {
	_ = struct{ X, Y int }{1}
}
