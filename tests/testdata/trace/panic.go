package main

import (
	"errors"
	"fmt"
)

// A panic nobody recovers: exit status 2, Go's report on stderr.

func check(n int) {
	if n > 2 {
		panic(errors.New("too big"))
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 1; i <= 5; i++ {
		check(i)
	}
}
