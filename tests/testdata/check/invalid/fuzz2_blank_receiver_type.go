package main

func (p _) M() {}

func main() {}
