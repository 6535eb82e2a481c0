package main

var int func(int) int

func main() {}
