// want: 5:8: minigo: package strconv is not supported
package main

import "fmt"
import "strconv"

func main() {
	n, err := strconv.Atoi("42")
	fmt.Println(n+1, err)
}
