package main

import "fmt"

func msg(n int, s string) string {
	return fmt.Sprintf("%s=%d", s, n)
}

func wrapErr(err error) error {
	return fmt.Errorf("wrap: %w", err)
}

func main() {
	fmt.Println(msg(1, "a"), wrapErr(fmt.Errorf("inner")))
}
