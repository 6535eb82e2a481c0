package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1)
	s = append(s, 2, 3)
	s = append(s, []int{4, 5}...)
	fmt.Println(s, len(s))

	b := []byte("abc")
	b = append(b, "def"...) // append a string to a byte slice
	fmt.Println(string(b))

	// Appending to a slice with spare capacity writes into the shared array.
	base := make([]int, 3, 10)
	x := append(base, 100)
	y := append(base, 200)
	fmt.Println(x[3], y[3])

	dst := make([]int, 3)
	n := copy(dst, []int{9, 8, 7, 6, 5})
	fmt.Println(n, dst)
	n = copy(dst, []int{1})
	fmt.Println(n, dst)

	// Overlapping copy within one slice.
	ov := []int{1, 2, 3, 4, 5}
	copy(ov[1:], ov)
	fmt.Println(ov)

	bs := make([]byte, 5)
	n = copy(bs, "hello, world")
	fmt.Println(n, string(bs))

	var none []string
	none = append(none)
	fmt.Println(none == nil, len(append([]int(nil), 1, 2, 3)))
	cl := append([]int{}, s...)
	cl[0] = 99
	fmt.Println(s[0], cl[0])
}
