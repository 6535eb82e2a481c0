package main

import "fmt"

type Mat [3][3]int

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	id := Mat{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	m := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(mul(id, m) == m)
	p := m
	for i := 0; i < 3; i++ {
		p = mul(p, m)
		fmt.Println(p)
	}
	var t Mat
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	fmt.Println(t, len(t), len(t[0]))
}
