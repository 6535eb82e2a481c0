package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type PtrOnly struct{ N int }

func (p *PtrOnly) String() string { return fmt.Sprintf("P%d", p.N) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p, []Point{{3, 4}})
	fmt.Printf("%v %s %d %+v\n", p, p, p, p)
	q := PtrOnly{5}
	fmt.Println(q, &q)
	var err error = &MyErr{404}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(Both{})
	m := map[string]Point{"a": {0, 1}}
	fmt.Println(m)
	fmt.Println(fmt.Sprint(p, p), fmt.Sprintln(p, "x"))
}
