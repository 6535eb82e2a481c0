package main

import "fmt"

func kind(f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("%T %v\n", r, isErr)
	}()
	f()
}

func main() {
	s := []int{1}
	n := 3
	zero := 0
	var m map[int]int
	var x interface{} = 1.5
	var p *[2]int
	kind(func() { _ = s[n] })
	kind(func() { _ = n / zero })
	kind(func() { m[1] = 2 })
	kind(func() { _ = x.(string) })
	kind(func() { _ = p[1] })
	kind(func() { panic("plain") })
	kind(func() { panic(fmt.Errorf("e%d", 1)) })
}
