package main

func main() {
	type T struct{ a int }
	var t T
	_ = T{a: t.}
}
