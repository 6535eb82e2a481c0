// Sieve of Eratosthenes over a []bool, repeated: loops, slice indexing, stores.
package main

import "fmt"

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return count
}

func main() {
	total := 0
	count := 0
	for r := 0; r < 100; r++ {
		count = sieve(100000)
		total += count
	}
	fmt.Println("primes below 100000:", count)
	fmt.Println("total over 100 rounds:", total)
}
