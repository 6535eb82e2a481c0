// Garbage and survivors: every tenth node is kept on a list, the rest die at once.
// A small heap minimum makes the collector run while there is little to draw.
package main

//minigo:heap-min 8KB

import "fmt"

type node struct {
	next *node
	id   int
	pad  [40]byte
}

var keep *node

func main() {
	for i := 0; i < 400; i++ {
		n := &node{id: i}
		if i%10 == 0 {
			n.next = keep
			keep = n
		}
	}
	fmt.Println(keep.id)
}
