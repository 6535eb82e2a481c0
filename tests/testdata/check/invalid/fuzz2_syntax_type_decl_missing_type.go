package main

type User {
	name string
}

func main() {}
