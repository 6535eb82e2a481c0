package main

import "fmt"

type T int

func (t T) String() string { return fmt.Sprint("T#", int(t)) }

type Shape interface{ Area() int }

type Sq struct{ side int }

func (q *Sq) Area() int { return q.side * q.side }

func main() {
	var s fmt.Stringer = T(1)
	fmt.Println(s.String())
	var sh Shape = &Sq{side: 3}
	fmt.Println(sh.Area())
}
