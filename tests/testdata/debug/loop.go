package main

import "fmt"

type point struct{ x, y int }

func scale(p point, k int) point {
	q := point{p.x * k, p.y * k}
	return q
}

func main() {
	total := 0
	for i := 1; i <= 3; i++ {
		total += i
	}
	p := scale(point{1, 2}, total)
	fmt.Println(p, total)
}
