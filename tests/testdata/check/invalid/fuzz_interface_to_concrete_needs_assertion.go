package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (MyErr) Error() string { return "my" }

func find() error { return errors.New("x") }

func main() {
	var e MyErr = find()
	fmt.Println(e)
}
