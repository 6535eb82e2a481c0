package main

func main() {
	n := 1
	n = n*10 + int()
}
