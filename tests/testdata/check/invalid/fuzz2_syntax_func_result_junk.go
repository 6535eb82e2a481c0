package main

type T struct{}

func f() &&T {
	return nil
}

func main() {}
