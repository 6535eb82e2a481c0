package main

func main() {
	var e error = recover()
	_ = e
}
