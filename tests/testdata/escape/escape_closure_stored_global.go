package main

import "fmt"

var hook func() int

func install() {
	x := 10
	hook = func() int { return x }
}

func main() {
	install()
	fmt.Println(hook())
}
