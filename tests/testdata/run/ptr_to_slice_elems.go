package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	p := &s[1]
	*p = 20
	fmt.Println(s)
	s = append(s, 4)
	*p = 200
	fmt.Println(s, *p)
	t := make([]int, 2, 10)
	q := &t[0]
	t = append(t, 3)
	*q = 100
	fmt.Println(t)
	m := map[string]*int{}
	for _, k := range []string{"a", "b"} {
		v := len(k) * 10
		m[k] = &v
	}
	*m["a"] += 1
	fmt.Println(*m["a"], *m["b"])
	type S struct{ vals []int }
	st := S{vals: []int{1}}
	ps := &st
	ps.vals = append(ps.vals, 2)
	fmt.Println(st.vals)
	counter := 0
	ptrs := []*int{&counter, &counter}
	*ptrs[0]++
	*ptrs[1]++
	fmt.Println(counter)
}
