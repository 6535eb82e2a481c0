package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	var zeros [5]int
	primes := [...]int{2, 3, 5, 7}
	fmt.Println(zeros, primes, len(primes), cap(primes))
	d := double(primes)
	fmt.Println(primes, d)
	doubleInPlace(&primes)
	fmt.Println(primes)

	// Arrays are values: assignment copies.
	cp := primes
	cp[0] = -1
	fmt.Println(primes[0], cp[0], cp == primes)

	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid[0]))

	sparse := [...]string{2: "two", 5: "five"}
	fmt.Println(len(sparse), sparse)
	fmt.Printf("%q\n", sparse)

	idx := [10]bool{1: true, 3: true, 9: true}
	count := 0
	for _, v := range idx {
		if v {
			count++
		}
	}
	fmt.Println(count)

	s := primes[1:3]
	s[0] = 100 // a slice shares the array
	fmt.Println(primes, s, len(s), cap(s))
	const n = 3
	var fixed [n * 2]byte
	fmt.Println(len(fixed), [2]string{"a", "b"} == [2]string{"a", "b"})
}
