package main

func f(xs []uint8(int)) {}

func main() {}
