package main

func main() {
	var a chan int
	_ = (<-chan <-chan int)(a)
}
