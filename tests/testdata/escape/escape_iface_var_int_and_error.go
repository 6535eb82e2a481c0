package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr" }

func check(n int) error {
	if n < 0 {
		return errors.New("negative")
	}
	var e error = &MyErr{code: n}
	return e
}

func main() {
	var i interface{} = 5
	fmt.Println(i, check(-1), check(2))
}
