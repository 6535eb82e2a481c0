package main

import "fmt"

func deref2(ppp ***int) *int {
	return **ppp
}

func main() {
	x := 2
	p := &x
	pp := &p
	fmt.Println(*deref2(&pp))
}
