package main

import "fmt"

func main() {
	s := make([]string, 4)
	k := 2
	s[k] = "ok"
	fmt.Println(s)
	k -= 3
	s[k] = "bad"
}
