package main

type point struct{ x, y int }

func main() {
	print("p = ", point{1, 2}, "\n")
}
