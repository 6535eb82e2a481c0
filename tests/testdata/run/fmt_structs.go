package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Inner Point
	Ptr   *Point
	M     map[string]int
	any   interface{}
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", &p, &p, &p)
	n := Named{Name: "n", Tags: []string{"a"}, Inner: Point{3, 4}, M: map[string]int{"k": 1}, any: 5}
	fmt.Printf("%v\n%+v\n", n, n)
	fmt.Printf("%#v\n", Point{-1, 0})
	fmt.Printf("%#v %#v %#v %#v\n", []int{1}, "s", 42, map[string]bool{"t": true})
	fmt.Printf("%#v %#v %#v\n", []string(nil), [2]bool{true}, struct{ A int }{7})
	fmt.Println(struct{}{}, []struct{}{{}, {}}, [0]int{})
	var np *Point
	fmt.Printf("%v %+v\n", np, np)
	fmt.Printf("%T %T %T %T %T %T\n", nil, 1.5, 'x', "s", []interface{}{1}, func(int) string { return "" })
	var e error
	fmt.Printf("%v %T\n", e, e)
	fmt.Printf("%T %T %T\n", make(chan int), [3]*Point{}, map[Point][]string{})
	fmt.Printf("%d|%s\n", p, p)
}
