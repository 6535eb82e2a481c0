package main

type T struct{}

func f(a (T) *T) {}

func main() {}
