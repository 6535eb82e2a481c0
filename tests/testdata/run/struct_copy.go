package main

import "fmt"

type Inner struct {
	N    int
	Tags []string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	Score [2]int
}

func main() {
	shared := &Inner{N: 1}
	a := Outer{Name: "a", In: Inner{N: 5, Tags: []string{"x"}}, Ptr: shared, Score: [2]int{1, 2}}
	b := a
	b.Name = "b"
	b.In.N = 50
	b.In.Tags[0] = "changed"
	b.Ptr.N = 100
	b.Score[0] = 9
	fmt.Println(a.Name, a.In.N, a.In.Tags, a.Ptr.N, a.Score)
	fmt.Println(b.Name, b.In.N, b.In.Tags, b.Ptr.N, b.Score)
	fmt.Println(a.Ptr == b.Ptr)
	type Pair struct{ A, B int }
	p1 := Pair{1, 2}
	p2 := Pair{B: 2, A: 1}
	fmt.Println(p1 == p2, p1 != Pair{})
	var zero Outer
	fmt.Printf("%+v\n", zero)
	anon := struct {
		X int
		Y string
	}{3, "three"}
	fmt.Println(anon, anon.Y)
}
