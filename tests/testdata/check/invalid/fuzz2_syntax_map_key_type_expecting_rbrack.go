package main

var m map[rune(string)]bool

func main() {}
