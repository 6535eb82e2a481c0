package main

type T struct{}

func (*T) V() {}

func main() {
	pt := &T{}
	*pt.V()
}
