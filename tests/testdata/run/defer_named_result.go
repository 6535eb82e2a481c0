package main

import (
	"errors"
	"fmt"
)

func triple() (n int) {
	defer func() { n *= 3 }()
	n = 2
	return n + 1
}

func withErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func counter() (i int) {
	defer func() { i++ }()
	defer func() { i *= 10 }()
	return 4
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func main() {
	fmt.Println(triple())
	fmt.Println(withErr())
	fmt.Println(counter())
	fmt.Println(unnamed())
}
