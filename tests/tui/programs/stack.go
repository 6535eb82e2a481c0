// Recursion deep enough to outgrow the goroutine's first 2 KB stack.
package main

import "fmt"

func depth(n int) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%8]
}

func main() {
	fmt.Println(depth(40))
}
