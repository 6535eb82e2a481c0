package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 3.14159265, 1234.5678, 1e-7, 6.02214076e23, 0.000123, 100}
	for _, v := range vals {
		fmt.Printf("%v|%f|%.2f|%e|%E|%g|%G|%8.3f|%-10.1f|%+.1e\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.3g %.10g %g\n", 1234.5678, 1.0/3, 1e-4)
	fmt.Printf("%08.3f|% f|% .2f\n", -3.14159, 2.5, -2.5)
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%*.*f|\n", 10, 3, 2.71828)
}
