package main

func main() {
	b := []int{}
	for := range b {
	}
}
