package main

import "fmt"

func letters() int {
	r := []rune("héllo")
	b := []byte("hello")
	return len(r) + len(b)
}

func bytesOut() []byte {
	return []byte("out")
}

func char(c rune) string {
	return string(c)
}

func main() {
	fmt.Println(letters(), string(bytesOut()), char('A'))
}
