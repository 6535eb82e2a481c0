package main

import "fmt"

// A live heap that grows steadily to about 20 MB: a slice of pointers to 128-byte
// records, each linked to the one before, with two records' worth of garbage per
// record kept. With GOGC=100 the heap goal follows the live heap up, so the
// cycles come further apart as the program goes on.

type Rec struct {
	id   int
	prev *Rec
	data [14]int
}

const total = 160000

// sink makes each garbage slice escape to the heap.
var sink []int

func main() {
	var recs []*Rec
	var last *Rec
	for i := 0; i < total; i++ {
		r := &Rec{id: i, prev: last}
		r.data[i%14] = i
		recs = append(recs, r)
		last = r
		sink = make([]int, 32)
		sink[i%32] = i
	}
	sum := 0
	for _, r := range recs {
		sum += r.data[r.id%14] - r.id
	}
	n := 0
	for r := last; r != nil; r = r.prev {
		n++
	}
	fmt.Println("records:", len(recs), "chain:", n, "sum:", sum)
	fmt.Println("sink:", len(sink), sink[(total-1)%32])
}
