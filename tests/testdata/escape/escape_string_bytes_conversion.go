package main

import "fmt"

func str(b []byte) string {
	return string(b)
}

func bs(s string) []byte {
	return []byte(s)
}

func main() {
	fmt.Println(str(bs("hey")))
}
