package main

func main() {
	var parr *[3]int
	_ = make(*parr, 1)
}
