package main

import (
	"errors"
	"fmt"
)

func try(f func()) (r interface{}) {
	defer func() {
		r = recover()
	}()
	f()
	return nil
}

func main() {
	fmt.Println(try(func() { panic("boom") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	fmt.Println(try(func() {}))
	r := try(func() { panic(fmt.Sprintf("code %d", 7)) })
	fmt.Printf("%v %T\n", r, r)
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
			fmt.Println("again:", recover())
		}()
		panic("once")
	}()
	fmt.Println("main continues")
}
