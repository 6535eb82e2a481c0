package main

import "fmt"

func findPair(xs []int, target int) (int, int) {
	ri, rj := -1, -1
outer:
	for i := 0; i < len(xs); i++ {
		for j := i + 1; j < len(xs); j++ {
			if xs[i]+xs[j] == target {
				ri, rj = i, j
				break outer
			}
		}
	}
	return ri, rj
}

func main() {
	fmt.Println(findPair([]int{1, 4, 6, 9}, 10))
	fmt.Println(findPair([]int{1, 2}, 10))

rows:
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			if c > r {
				fmt.Println()
				continue rows
			}
			fmt.Print(r*c, " ")
		}
		fmt.Println("end")
	}

	// break out of a loop from inside a switch and a select.
	n := 0
loop:
	for {
		switch {
		case n >= 3:
			break loop
		}
		n++
	}
	fmt.Println("n =", n)

	ch := make(chan int, 1)
	count := 0
drain:
	for {
		select {
		case ch <- count:
			count++
		default:
			break drain
		}
		<-ch
		if count == 5 {
			break
		}
	}
	fmt.Println("count =", count)

	// A label on a range loop, continued from a nested loop.
	words := []string{"go", "rust", "c"}
next:
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if w[i] == 'u' {
				continue next
			}
		}
		fmt.Println("no u in", w)
	}
}
