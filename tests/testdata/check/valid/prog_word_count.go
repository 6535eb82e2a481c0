package main

import (
	"fmt"
	"strings"
)

const text = `the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs
a fox is quick`

type entry struct {
	word  string
	count int
}

func sortEntries(es []entry) {
	// Insertion sort: by count descending, then word ascending.
	for i := 1; i < len(es); i++ {
		for j := i; j > 0; j-- {
			a, b := es[j-1], es[j]
			if a.count > b.count || (a.count == b.count && a.word < b.word) {
				break
			}
			es[j-1], es[j] = b, a
		}
	}
}

func main() {
	counts := map[string]int{}
	lines := strings.Split(text, "\n")
	for _, line := range lines {
		for _, w := range strings.Split(line, " ") {
			if w != "" {
				counts[w]++
			}
		}
	}
	var es []entry
	for w, c := range counts {
		es = append(es, entry{w, c})
	}
	sortEntries(es)
	for _, e := range es[:5] {
		fmt.Printf("%-6s %d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	fmt.Println(len(lines), "lines,", len(counts), "distinct words")
	fmt.Println(strings.Contains(text, "lazy"), strings.Contains(text, "cat"))
}
