package main

func f(, b int) {}

func main() {}
