package main

func main() {
	type Pt struct{ X, Y int }
	type Line struct{ A, B Pt }
	_ = Line{{1, 2}, {3, 4}}
}
