package main

type T struct {
	uint8(ID) int
}

func main() {}
