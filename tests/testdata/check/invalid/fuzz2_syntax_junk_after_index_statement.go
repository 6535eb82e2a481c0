package main

func main() {
	var zeros []int
	zeros [0]int
}
