package main

import "fmt"

type In struct{ a, b int }

type Out struct {
	n   int
	in  In
	s   []int
	p   *In
	m   map[string]int
	arr [2]int
	e   error
	str string
}

type Flat struct {
	x int
	s string
}

type WithArr struct {
	x   int
	arr [2]int
}

type WithPtr struct {
	x int
	p *In
}

type C struct{ x int }
type B struct {
	c C
	y int
}
type A struct {
	b B
	z int
}

type Nils struct {
	s []int
	m map[string]int
	p *In
	e error
	i interface{}
}

type Label struct {
	name string
	n    int
}

type Holder struct {
	i  interface{}
	ip interface{}
	e  error
	n  Nils
}

type Deep struct {
	h Holder
	m map[string]int
	s [][]int
}

type Empty struct{}

type myErr struct{ code int }

func (e myErr) Error() string { return "bad" }

func main() {
	o := Out{1, In{2, 3}, []int{4, 5}, &In{6, 7}, map[string]int{"k": 8}, [2]int{9, 10}, nil, "hi"}
	f := Flat{1, "x"}
	wa := WithArr{1, [2]int{2, 3}}
	wp := WithPtr{1, &In{2, 3}}
	ss := []In{{1, 2}, {3, 4}}
	ps := []*In{{1, 2}}
	abc := A{B{C{1}, 2}, 3}
	ais := [2]In{{1, 2}, {3, 4}}
	strs := []string{"a", "bb", "ccc"}
	words := []string{"alpha", "a longer word"}
	long := "this string is longer than sixty-four characters, so Delve cuts it short"
	lab := Label{"a long label", 1}
	big := count(70)
	in := &In{5, 6}
	pin := &in
	var i interface{} = In{7, 8}
	var ip interface{} = &In{9, 10}
	var e error = myErr{3}
	nils := Nils{}
	ms := map[string]int{"one": 1, "two": 2, "three": 3}
	mi := map[int]In{1: {1, 2}, 2: {3, 4}}
	empty := []int{}
	h := Holder{In{1, 2}, &In{3, 4}, myErr{5}, Nils{}}
	d := Deep{h, map[string]int{"a": 1}, [][]int{{1, 2}, {3}}}
	ifs := []interface{}{nil, 1, "s", In{1, 2}, &In{3, 4}}
	errs := []error{nil, myErr{1}}
	var ep *Empty = &Empty{}
	ee := Empty{}
	fmt.Println(o, f, wa, wp, ss, ps, abc, ais, strs, words, long, lab, big, pin, i, ip, e, nils, ms, mi, empty)
	fmt.Println(h, d, ifs, errs, ep, ee)
	show(o, wp.p, 3)
}

func count(n int) []int {
	s := make([]int, n)
	for k := range s {
		s[k] = k
	}
	return s
}

func show(o Out, p *In, n int) {
	fmt.Println(o, p, n)
}
