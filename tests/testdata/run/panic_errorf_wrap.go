package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	err := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", ErrBase))
	fmt.Println(err)
	panic(err)
}
