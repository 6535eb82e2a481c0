package main

import "fmt"

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func work() {
	a := open("a")
	defer a.Close()
	b := open("b")
	defer b.Close()
	fmt.Println("working")
}

func args() {
	x := 1
	defer fmt.Println("deferred x =", x) // argument evaluated now
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop: ")
}

func counter() (n int) {
	defer func() { n++ }()
	return 10
}

func main() {
	work()
	args()
	loop()
	fmt.Println()
	fmt.Println(counter())
	defer fmt.Println("main deferred last")
	fmt.Println("main body")
}
