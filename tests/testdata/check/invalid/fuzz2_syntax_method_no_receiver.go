package main

type T struct{}

func () *T {
	return nil
}

func main() {}
