package main

import "fmt"

type In struct{ a, b int }

type Base struct{ id int }

type Emb struct {
	Base
	name string
}

type MyInt int
type Strs []string

type Box struct {
	v interface{}
}

func hello() {}

func main() {
	e := Emb{Base{1}, "n"}
	var mi MyInt = 3
	st := Strs{"a", "b"}
	bs := []byte("hi")
	var is interface{} = []int{1, 2}
	var im interface{} = map[string]int{"a": 1}
	var ii interface{} = 5
	pi := &ii
	sm := []map[string]int{{"a": 1}}
	s1 := "s"
	sp := []*string{&s1}
	bx := Box{In{1, 2}}
	bxs := []Box{{In{1, 2}}, {nil}, {7}}
	ch := make(chan int, 2)
	fn := hello
	var nf func()
	u8 := uint8(200)
	neg := -4
	f32 := float32(1.5)
	k := 2
	cl := func() int { return k }
	var cs chan string
	ch <- 1
	fmt.Println(e, mi, st, bs, is, im, ii, pi, sm, sp, bx, bxs, ch, fn != nil, nf == nil, u8, neg, f32, cl(), cs)
}
