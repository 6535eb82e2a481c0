package main

func main() {
	a, b = b, a
}
