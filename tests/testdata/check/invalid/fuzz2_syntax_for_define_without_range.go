package main

func main() {
	s := []int{1}
	for i, v := s {
		_, _ = i, v
	}
}
