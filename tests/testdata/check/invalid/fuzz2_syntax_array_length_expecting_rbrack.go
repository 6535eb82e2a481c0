package main

var m [2][2 int

func main() {}
