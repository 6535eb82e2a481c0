package main

func main() {
	type Pt struct{ X, Y int }
	_ = []Pt{{Z: 1}}
}
