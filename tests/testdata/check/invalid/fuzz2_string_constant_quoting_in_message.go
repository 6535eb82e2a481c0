package main

func main() {
	_ = make([]int, string(rune(8193)))
}
