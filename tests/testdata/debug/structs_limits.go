package main

import "fmt"

type In struct{ a, b int }

type Row struct {
	name string
	cells []In
}

type Grid struct {
	rows []Row
	meta map[string][]int
	ptrs []*In
}

type Key struct{ x, y int }

type Named struct {
	label *string
	tags  [3]string
}

type Wide struct {
	a, b, c, d, e int
}

type Mixed struct {
	f  float64
	ok bool
	r  rune
	u  uint8
}

func main() {
	g := Grid{[]Row{{"first row", []In{{1, 2}}}, {"r2", nil}}, map[string][]int{"x": {1, 2}, "y": {3}}, []*In{{5, 6}, nil}}
	lbl := "label"
	nm := Named{&lbl, [3]string{"a", "b", "a longer tag"}}
	ps := &lbl
	mk := map[Key]string{{1, 2}: "one-two", {3, 4}: "three-four"}
	many := make([]In, 66)
	longs := []string{"short", "this string is longer than sixty-four characters, so Delve cuts it short"}
	w := Wide{1, 2, 3, 4, 5}
	ws := []Wide{{1, 2, 3, 4, 5}}
	pw := &w
	mx := Mixed{2.5, true, 'x', 7}
	var np *In
	var ns []In
	var nm2 map[string]int
	var ni interface{}
	arr0 := [0]int{}
	es := []struct{}{{}, {}}
	mm := map[string]map[string]int{"a": {"b": 1}}
	pp := &pw
	fmt.Println(g, nm, ps, mk, many, longs, w, ws, pw, mx, np, ns, nm2, ni, arr0, es, mm, pp)
}
