package main

func main() {
	x := 1
	ok := true
	_ = (x > 5) <= ok
}
