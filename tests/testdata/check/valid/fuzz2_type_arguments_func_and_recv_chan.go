package main

func main() {
	f := new(func() int)
	*f = func() int { return 3 }
	c := make(<-chan int, 2)
	var s chan<- []int = make(chan<- []int, 1)
	p := new(*[]int)
	println((*f)(), cap(c), cap(s), *p == nil)
}
