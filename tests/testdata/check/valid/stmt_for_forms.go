package main

import "fmt"

func main() {
	// Three-clause loop.
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println(sum)

	// Condition only (a while loop).
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)

	// Infinite loop with break.
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)

	// Missing post statement, missing init.
	for j := 0; j < 3; {
		fmt.Print(j, " ")
		j++
	}
	fmt.Println()
	m := 3
	for ; m > 0; m-- {
		fmt.Print(m, " ")
	}
	fmt.Println()

	// Multiple variables.
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()

	// continue skips to the post statement.
	odd := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	fmt.Println(odd)

	// Empty body, all clauses.
	c := 0
	for c = 0; c < 7; c++ {
	}
	fmt.Println(c)
	for false {
	}
}
