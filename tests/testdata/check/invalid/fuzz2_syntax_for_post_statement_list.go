package main

func main() {
	x := 0
	for ; x < 5; x++, x++ {
	}
}
