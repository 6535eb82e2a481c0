package main

type T struct {
	a ]
}

func main() {}
