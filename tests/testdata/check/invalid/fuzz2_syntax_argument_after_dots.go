package main

func main() {
	f := func(a ...int) {}
	var s []int
	f(s..., 1)
}
