// want: 7:7: minigo: complex numbers are not supported
package main

import "fmt"

func main() {
	z := 3i
	fmt.Println(z * z)
}
