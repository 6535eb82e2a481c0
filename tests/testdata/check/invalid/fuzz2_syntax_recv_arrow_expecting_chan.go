package main

func f(c <- int) {}

func main() {}
