package main

func main() {
	x := 1
	f := 2
	f(x)
}
