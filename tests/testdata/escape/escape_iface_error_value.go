package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func fail() error {
	return &MyErr{code: 2}
}

func plain() error {
	return errors.New("plain")
}

func main() {
	fmt.Println(fail(), plain())
}
