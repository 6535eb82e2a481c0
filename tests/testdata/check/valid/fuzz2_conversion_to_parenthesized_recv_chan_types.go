package main

func main() {
	c := make(chan (<-chan int), 1)
	r := (<-chan (<-chan int))(c)
	var s <-chan <-chan int = c
	in := make(chan int, 1)
	in <- 5
	c <- in
	println(len(r), cap(s), <-<-s)
}
