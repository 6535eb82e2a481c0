package main

func main() {
	q := []int{1}
	for int(q), v := range q {
		_ = v
	}
}
