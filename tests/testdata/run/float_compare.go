package main

import "fmt"

func max(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

func main() {
	a := 0.1 * 3
	b := 0.3
	fmt.Println(a, b, a == b, a > b)
	const c = 0.1 * 3
	fmt.Println(c == 0.3)
	fmt.Println(max(1.5, 2.5), max(-1, -2))
	x := 1e16
	fmt.Println(x+1 == x, x+2 == x)
	var f32 float32 = 0.1
	fmt.Println(float64(f32) == 0.1, f32 == 0.1)
	vals := []float64{3.5, -1, 2.25, 0, 10}
	m := vals[0]
	for _, v := range vals {
		if v < m {
			m = v
		}
	}
	fmt.Println("min", m)
	var total float64
	for _, v := range vals {
		total += v
	}
	fmt.Println("avg", total/float64(len(vals)))
}
