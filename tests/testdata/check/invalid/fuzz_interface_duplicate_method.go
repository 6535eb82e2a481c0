package main

import "fmt"

type Reader interface{ Read() }

type ReadCloser interface {
	Reader
	Read(n int)
}

func main() {
	var r ReadCloser
	fmt.Println(r == nil)
}
