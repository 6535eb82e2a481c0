// want: 6:9: minigo: generics are not supported
package main

import "fmt"

func Sum[N int | float64](xs ...N) N {
	var total N
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5))
}
