package main

func main() {
	const (
		a, b = iota, iota * 10
		c, d
		e
	)
}
