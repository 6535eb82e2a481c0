package main

func main() {
	c := make(chan byte(int))
	_ = c
}
