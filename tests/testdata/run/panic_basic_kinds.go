package main

import "fmt"

type Code int

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Code(7))
	}()
	panic(1.5)
}
