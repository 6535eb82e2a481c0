package main

func main() {
	q := []int{1}
	for _, int(id) := range q {
	}
}
