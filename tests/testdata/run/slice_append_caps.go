package main

import "fmt"

type Triple struct {
	a, b, c int64
}

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			fmt.Println("[]int", len(ints), cap(ints))
		}
	}
	var bs []byte
	last = -1
	for i := 0; i < 2000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			last = cap(bs)
			fmt.Println("[]byte", len(bs), cap(bs))
		}
	}
	var ss []string
	last = -1
	for i := 0; i < 2000; i++ {
		ss = append(ss, "s")
		if cap(ss) != last {
			last = cap(ss)
			fmt.Println("[]string", len(ss), cap(ss))
		}
	}
	var ts []Triple
	last = -1
	for i := 0; i < 2000; i++ {
		ts = append(ts, Triple{int64(i), 0, 0})
		if cap(ts) != last {
			last = cap(ts)
			fmt.Println("[]Triple", len(ts), cap(ts))
		}
	}
}
