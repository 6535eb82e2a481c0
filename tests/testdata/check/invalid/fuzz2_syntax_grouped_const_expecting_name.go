package main

const (
	-1
)

func main() {}
