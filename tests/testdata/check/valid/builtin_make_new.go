package main

import "fmt"

type Config struct {
	Name    string
	Retries int
	Tags    []string
}

func main() {
	s := make([]string, 2)
	s2 := make([]int, 0, 5)
	m := make(map[string]int)
	m2 := make(map[int][]int, 10)
	ch := make(chan bool)
	bch := make(chan int, 8)
	fmt.Println(len(s), len(s2), cap(s2), len(m), len(m2), cap(bch))
	m["x"] = 1
	m2[1] = append(m2[1], 5)
	fmt.Println(m, m2)
	go func() { ch <- true }()
	fmt.Println(<-ch)

	n := 4
	dyn := make([]float64, n, n*2)
	fmt.Println(len(dyn), cap(dyn))

	pi := new(int)
	ps := new(string)
	pc := new(Config)
	pa := new([3]int)
	psl := new([]int)
	fmt.Println(*pi, *ps == "", *pc, *pa, *psl == nil)
	pc.Name = "svc"
	pc.Retries = 3
	*psl = append(*psl, 1)
	pa[2] = 7
	fmt.Printf("%+v %v %v\n", *pc, *psl, *pa)
	pp := new(*int)
	*pp = pi
	**pp = 5
	fmt.Println(*pi)
	type big uint64
	var sz big = 3
	fmt.Println(len(make([]int, sz)))
}
