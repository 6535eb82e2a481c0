package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5]
	fmt.Println(s, len(s), cap(s))
	fmt.Println(arr[:3], arr[5:], arr[:], s[1:2])

	// Three-index slices set the capacity.
	t := arr[2:4:6]
	fmt.Println(t, len(t), cap(t))
	t = t[:cap(t)]
	fmt.Println(t)
	u := arr[:0:0]
	fmt.Println(len(u), cap(u))

	// Reslicing beyond len (up to cap) is allowed.
	r := s[:cap(s)]
	fmt.Println(r)

	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:4], str[0])

	pa := &arr
	fmt.Println(pa[7], pa[1:3], len(pa[:]))

	m := map[string][]int{"k": {10, 20, 30}}
	fmt.Println(m["k"][1], m["k"][1:])

	grid := [][]string{{"a", "b"}, {"c"}}
	fmt.Println(grid[1][0], grid[0][1:])
	i, j := 1, 3
	fmt.Println(arr[i:j], arr[i+1:j*2], str[i:j])
	const k = 2
	fmt.Println(arr[k], "xyz"[k], "xyz"[1:])
	b := []byte(str)
	fmt.Println(string(b[7:12:12]))
}
