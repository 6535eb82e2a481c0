package main

import "fmt"

func makeAll() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	return fs
}

func main() {
	t := 0
	for _, f := range makeAll() {
		t += f()
	}
	fmt.Println(t)
}
