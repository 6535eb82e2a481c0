package main

import "fmt"

type Inner struct {
	N int
}

func (in *Inner) Bump() { in.N++ }
func (in Inner) Get() int { return in.N }

type Outer struct {
	In    Inner
	InPtr *Inner
	Name  string
}

func main() {
	o := &Outer{In: Inner{1}, InPtr: &Inner{10}, Name: "o"}
	// o.In is (*o).In: selectors dereference pointers automatically.
	fmt.Println(o.Name, o.In.N, o.InPtr.N, (*o).Name)
	o.In.N = 2
	o.InPtr.N = 20
	fmt.Println(o.In.N, o.InPtr.N)

	// Pointer methods on addressable values, value methods on pointers.
	o.In.Bump()
	o.InPtr.Bump()
	fmt.Println(o.In.Get(), o.InPtr.Get())

	pp := &o
	fmt.Println((*pp).Name, (**pp).In.N)

	arr := [2]Outer{{Name: "a"}, {Name: "b"}}
	arr[1].In.Bump()
	parr := &arr
	parr[0].Name = "A"
	fmt.Println(arr[0].Name, arr[1].In.N, parr[1].In.Get())

	ptrs := []*Inner{{1}, {2}}
	for _, p := range ptrs {
		p.Bump()
	}
	fmt.Println(ptrs[0].N, ptrs[1].Get())
	m := map[string]*Outer{"x": o}
	m["x"].Name = "via map"
	fmt.Println(o.Name)
}
