package main

func main() {
	const (
		a uint8 = 255 + iota
		b
	)
}
