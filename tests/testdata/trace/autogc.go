//minigo:heap-min 64KB
package main

// Allocation-driven GC cycles (not forced): a small heap goal, garbage in a loop, one
// object in ten kept on a list.

type node struct {
	next *node
	val  [6]int
}

var keep *node

func main() {
	for i := 0; i < 3000; i++ {
		n := &node{}
		if i%10 == 0 {
			n.next = keep
			keep = n
		}
	}
	count := 0
	for p := keep; p != nil; p = p.next {
		count++
	}
	println(count)
}
