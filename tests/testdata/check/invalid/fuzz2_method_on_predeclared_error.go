package main

func (r error) Area() int { return 0 }

func main() {}
