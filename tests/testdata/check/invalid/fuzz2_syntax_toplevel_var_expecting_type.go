package main

var x -- "package"

func main() {}
