package main

func main() {
	_ = map[float64]int{1: 1, 1.0: 2}
}
