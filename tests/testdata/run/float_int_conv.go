package main

import "fmt"

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e9, 123456789.987, -0.0}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(f))
	}
	var u float64 = 200.7
	fmt.Println(uint8(u), uint16(u), int8(int(u)))
	i := 7
	fmt.Println(float64(i)/2, float64(i/2), float32(i)/3)
	var big int64 = 1<<62 + 1
	fmt.Println(float64(big), int64(float64(big)))
	var r rune = 'A'
	fmt.Println(float64(r) + 0.5)
	x := 3.75
	whole := int(x)
	frac := x - float64(whole)
	fmt.Println(whole, frac)
}
