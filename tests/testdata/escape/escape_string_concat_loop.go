package main

import "fmt"

func joinAll(parts []string) string {
	s := ""
	for _, p := range parts {
		s += p
	}
	return s
}

func joinDash(parts []string) string {
	s := ""
	for _, p := range parts {
		s = s + p + "-"
	}
	return s
}

func main() {
	parts := []string{"a", "b", "c"}
	fmt.Println(joinAll(parts), joinDash(parts))
}
