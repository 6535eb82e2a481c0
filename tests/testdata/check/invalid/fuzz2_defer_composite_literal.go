package main

func main() {
	type S struct{}
	defer S{}
}
