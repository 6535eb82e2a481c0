// want: 6:19: minigo: complex numbers are not supported
package main

import "fmt"

func magnitude2(z complex128) float64 {
	return real(z)*real(z) + imag(z)*imag(z)
}

func main() {
	fmt.Println(magnitude2(3 + 4i))
}
