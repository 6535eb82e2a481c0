package main

func main() {
	var a interface{}
	x := a.(int) 2
	_ = x
}
