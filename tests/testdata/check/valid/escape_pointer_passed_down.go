package main

import "fmt"

type Stats struct {
	Count, Sum int
}

// p does not escape: the caller's variable can stay on its stack.
func add(p *Stats, v int) {
	p.Count++
	p.Sum += v
}

func read(p *int) int { return *p }

func fill(buf *[4]int) {
	for i := range buf {
		buf[i] = i * i
	}
}

func main() {
	var s Stats
	for i := 1; i <= 4; i++ {
		add(&s, i)
	}
	fmt.Println(s.Count, s.Sum)
	x := 42
	fmt.Println(read(&x))
	var buf [4]int
	fill(&buf)
	fmt.Println(buf)
}
