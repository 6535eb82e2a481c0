package main

func main() {
	type T struct{ a int }
	v := 1
	_ = T{uint8(v): 1}
	_ = v
}
