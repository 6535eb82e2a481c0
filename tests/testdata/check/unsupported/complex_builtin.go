// want: 8:7: minigo: complex numbers are not supported
package main

import "fmt"

func main() {
	re, im := 1.0, 2.0
	z := complex(re, im)
	fmt.Println(z * z)
}
