package main

func main() {
	const a uint32 = 1
	const b = a == 0.5
	_ = b
}
