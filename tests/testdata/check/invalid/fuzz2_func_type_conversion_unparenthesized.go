package main

func main() {
	x := 1
	_ = func()(x)
}
