package main

func main() {
	f := (int) int(1)
	_ = f
}
