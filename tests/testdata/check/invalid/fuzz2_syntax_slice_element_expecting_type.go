package main

var r []>=string

func main() {}
