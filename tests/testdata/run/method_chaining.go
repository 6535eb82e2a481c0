package main

import "fmt"

type Builder struct {
	parts []string
	n     int
}

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	b.n++
	return b
}

func (b *Builder) Build() string {
	out := ""
	for i, p := range b.parts {
		if i > 0 {
			out += "+"
		}
		out += p
	}
	return out
}

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec      { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }

func main() {
	b := &Builder{}
	fmt.Println(b.Add("a").Add("b").Add("c").Build(), b.n)
	v := Vec{1, 2}.Add(Vec{3, 4}).Scale(0.5)
	fmt.Println(v)
	fmt.Printf("%+v %v\n", v, Vec{}.Scale(3))
}
