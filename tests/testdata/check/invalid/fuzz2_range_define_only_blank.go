package main

func main() {
	for _ := range []int{} {
	}
}
