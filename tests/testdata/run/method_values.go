package main

import "fmt"

type Acc struct {
	name  string
	total int
}

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Report() string {
	return fmt.Sprintf("%s=%d", a.name, a.total)
}

func apply(f func(int), vals ...int) {
	for _, v := range vals {
		f(v)
	}
}

func main() {
	a := &Acc{name: "a"}
	add := a.Add
	apply(add, 1, 2, 3)
	fmt.Println(a.total)
	b := Acc{name: "b", total: 1}
	rep := b.Report
	b.total = 100
	fmt.Println(rep(), b.Report())
	addTen := func(acc *Acc) { acc.Add(10) }
	addTen(a)
	fmt.Println(a.Report())
	fns := []func() string{a.Report, b.Report}
	a.total = -1
	for _, f := range fns {
		fmt.Println(f())
	}
}
