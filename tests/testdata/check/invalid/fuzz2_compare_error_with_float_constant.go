package main

func main() {
	var err error
	_ = err != 1.5
}
