package main

func main() {
	var s []int
	for i := range &s {
	}
}
