package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("something failed")
	fmt.Println("about to panic with", err)
	panic(err)
}
