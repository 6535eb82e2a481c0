package main

func main() {
	n := 1
	s := make([]int n, 10)
	_ = s
}
