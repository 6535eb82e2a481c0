package main

import "fmt"

type S struct{ A int }

func main() {
	var p *S
	fmt.Printf("%p %v\n", p, p)
	var ip *int
	fmt.Printf("%v %p\n", ip, ip)
	var m map[string]int
	var sl []int
	var fn func()
	var ch chan int
	fmt.Printf("%v %v %v %v\n", m, sl, fn == nil, ch)
	fmt.Printf("%t\n", &S{1} != nil)
	fmt.Println([]*S{nil}, []*int{nil, nil})
	fmt.Printf("%v %+v\n", struct{ P *S }{}, struct{ P *S }{})
	fmt.Printf("%s %d\n", &S{2}, &S{3})
}
