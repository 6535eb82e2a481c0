package main

import "fmt"

type T struct{ a, b int }

func local() int {
	p := new(T)
	p.a = 3
	q := &T{1, 2}
	return p.a + q.b
}

func returned() *T {
	return new(T)
}

func main() {
	fmt.Println(local(), returned().a)
}
