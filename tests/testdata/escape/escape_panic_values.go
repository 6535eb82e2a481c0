package main

import (
	"errors"
	"fmt"
)

func try(f func()) (msg interface{}) {
	defer func() {
		msg = recover()
	}()
	f()
	return nil
}

func main() {
	err := errors.New("boom")
	n := 3
	fmt.Println(try(func() { panic("msg") }))
	fmt.Println(try(func() { panic(err) }))
	fmt.Println(try(func() { panic(fmt.Sprintf("n=%d", n)) }))
}
