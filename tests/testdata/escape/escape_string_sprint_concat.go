package main

import "fmt"

func label(first, last string) string {
	return fmt.Sprint(first + " " + last)
}

func main() {
	a, b := "Ada", "Lovelace"
	fmt.Println(label(a, b), len(a+b))
}
