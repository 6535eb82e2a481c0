// want: 6:2: minigo: package math is not supported
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.MaxInt64, math.Inf(1))
}
