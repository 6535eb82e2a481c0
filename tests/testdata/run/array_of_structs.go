package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	var pts [4]Point
	for i := range pts {
		pts[i] = Point{i, i * i}
	}
	copyPts := pts
	copyPts[0].X = 99
	fmt.Println(pts, copyPts)
	ps := pts[1:3]
	ps[0].Y = -1
	fmt.Println(pts)
	type Box struct {
		Corners [2]Point
		Tags    [2]string
	}
	b1 := Box{[2]Point{{1, 2}, {3, 4}}, [2]string{"x", "y"}}
	b2 := b1
	b2.Corners[1].X = 30
	fmt.Println(b1, b2, b1 == b2)
	fmt.Printf("%+v\n", b1)
	counts := [26]int{}
	for _, r := range "hello world" {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	for i, c := range counts {
		if c > 0 {
			fmt.Print(string(rune('a'+i)), c, " ")
		}
	}
	fmt.Println()
}
