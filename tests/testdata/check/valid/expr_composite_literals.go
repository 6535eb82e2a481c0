package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
}

type Tree struct {
	Val         int
	Left, Right *Tree
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q)

	l := Line{From: Point{0, 0}, To: Point{X: 3, Y: 4}, Label: "diag"}
	fmt.Printf("%+v\n", l)

	// Element types are elided inside slice, array and map literals.
	pts := []Point{{1, 1}, {X: 2}, {}}
	ptrs := []*Point{{3, 3}, {Y: 4}}
	fmt.Println(pts, *ptrs[0], ptrs[1].Y)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	auto := [...]Point{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(grid, len(auto), auto[2])
	byName := map[string]Point{"a": {1, 2}, "b": {Y: 3}}
	byPoint := map[Point][]string{{0, 0}: {"origin"}, {1, 0}: {"east", "right"}}
	fmt.Println(byName, byPoint[Point{1, 0}])
	nested := map[string]map[string][]int{"x": {"y": {1, 2}}}
	fmt.Println(nested["x"]["y"][1])

	// Keyed array and slice literals.
	days := [...]string{0: "sun", 6: "sat"}
	fill := []int{5: 1, 2, 3}
	fmt.Println(len(days), days[6], fill, len(fill))

	t := &Tree{1, &Tree{Val: 2}, &Tree{3, &Tree{Val: 4}, nil}}
	fmt.Println(t.Sum())

	anon := []struct {
		name string
		age  int
	}{{"a", 1}, {name: "b"}}
	fmt.Println(anon)
	fns := []func() int{func() int { return 1 }, func() int { return 2 }}
	fmt.Println(fns[0]() + fns[1]())
	empty := map[string]int{}
	fmt.Println(len(empty), [0]int{}, []string{})
	pp := &[]int{1, 2}
	fmt.Println(*pp, (&[3]int{7})[0])
}
