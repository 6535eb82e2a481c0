package main

func main() {
	type Pt struct{ X, Y int }
	_ = []Pt{{1}}
}
