package main

type T struct{}

func f(p *.T) {}

func main() {}
