package main

import "fmt"

type T struct {
	name string
}

func main() {
	x := T{name: "t"}
	fmt.Println(x.foo)
}
