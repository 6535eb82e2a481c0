package main

import "fmt"

var log []string
var seen []*int

func record(msg string, v int) {
	log = append(log, msg)
	seen = append(seen, &v)
}

func main() {
	record("a", 1)
	record("b", 2)
	fmt.Println(len(log), log[1], *seen[0])
}
