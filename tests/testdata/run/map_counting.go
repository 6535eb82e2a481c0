package main

import "fmt"

func main() {
	nums := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	freq := make(map[int]int)
	for _, n := range nums {
		freq[n]++
	}
	fmt.Println(freq)
	best, bestN := 0, 0
	for k, v := range freq {
		if v > bestN || (v == bestN && k < best) {
			best, bestN = k, v
		}
	}
	fmt.Println("mode", best, bestN)
	for k := range freq {
		if k%2 == 0 {
			delete(freq, k)
		}
	}
	fmt.Println(freq, len(freq))
	set := map[string]struct{}{}
	for _, w := range []string{"a", "b", "a", "c", "b"} {
		set[w] = struct{}{}
	}
	fmt.Println(len(set), set)
	_, has := set["c"]
	fmt.Println(has)
}
