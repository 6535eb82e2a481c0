package main

func main() {
	_ = 1 << 31 & 2.5
}
