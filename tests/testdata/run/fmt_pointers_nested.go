package main

import "fmt"

type Leaf struct {
	V int
}

type Tree struct {
	Name  string
	Kids  []Leaf
	Attrs map[string]int
	Pair  [2]Leaf
}

func main() {
	t := Tree{"root", []Leaf{{1}, {2}}, map[string]int{"b": 2, "a": 1}, [2]Leaf{{3}, {4}}}
	fmt.Println(t)
	fmt.Printf("%+v\n", t)
	fmt.Println(&t == &t)
	fmt.Printf("%v\n", &Leaf{9})
	fmt.Printf("%+v\n", &Tree{Name: "empty"})
	pl := &Leaf{5}
	fmt.Println(pl.V, *pl)
	fmt.Println([][]string{{"a"}, {}, {"b", "c"}})
	fmt.Println([]interface{}{1, "two", []int{3}, map[int]bool{4: true}, Leaf{5}, nil})
	fmt.Printf("%v %d %s\n", [][]int{{1, 2}, {3}}, [][]int{{1, 2}, {3}}, [][]string{{"x"}})
	type Wrapper struct {
		Any interface{}
		Err error
	}
	fmt.Printf("%v %+v\n", Wrapper{Any: 3}, Wrapper{Any: "s"})
}
