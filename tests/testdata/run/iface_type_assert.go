package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("ID(%d)", int(i)) }

func main() {
	var x interface{} = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var y any = ID(7)
	if st, ok := y.(Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	if _, ok := x.(Stringer); !ok {
		fmt.Println("int is not a Stringer")
	}
	id := y.(ID)
	fmt.Println(id+1, int(id))
	var nothing any
	_, ok = nothing.(int)
	fmt.Println(ok)
	var e error
	_, ok = e.(interface{ Error() string })
	fmt.Println(ok)
	fmt.Println(x.(int) * 2)
}
