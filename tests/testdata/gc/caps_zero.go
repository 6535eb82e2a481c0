package main

import "fmt"

// Zero-size elements: growslice allocates nothing for them and returns
// &zerobase with cap equal to the length asked for, so appending one element at
// a time gives caps 1 2 3 ..., not 1 2 4 8 ....

type Empty struct{}

func main() {
	var s []struct{}
	fmt.Print("struct{}:")
	for i := 0; i < 10; i++ {
		s = append(s, struct{}{})
		fmt.Printf(" %d", cap(s))
	}
	fmt.Println()

	var z [][0]int
	fmt.Print("[0]int:")
	for i := 0; i < 6; i++ {
		z = append(z, [0]int{})
		fmt.Printf(" %d", cap(z))
	}
	fmt.Println()

	e := append([]Empty(nil), Empty{}, Empty{}, Empty{}, Empty{}, Empty{})
	fmt.Println("append(nil, 5 Empty):", len(e), cap(e))
	e = append(e, make([]Empty, 20)...)
	fmt.Println("append(5 Empty, 20 Empty...):", len(e), cap(e))
}
