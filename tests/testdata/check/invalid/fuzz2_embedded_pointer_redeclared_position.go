package main

type Base struct{}

type C struct {
	Base
	*Base
}

func main() {}
