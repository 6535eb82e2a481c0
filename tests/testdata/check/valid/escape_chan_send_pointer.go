package main

import "fmt"

// Sending a pointer on a channel moves the pointee to the heap,
// even when the channel is local.
func sendPtr(c chan *int) {
	x := 1
	c <- &x
}

func sendInt(c chan int) {
	x := 2
	c <- x // sending a value: nothing escapes
}

func main() {
	pc := make(chan *int, 1)
	sendPtr(pc)
	p := <-pc
	*p += 10
	fmt.Println(*p)

	ic := make(chan int, 1)
	sendInt(ic)
	fmt.Println(<-ic)

	local := make(chan *string, 1)
	s := "local"
	local <- &s
	fmt.Println(*<-local)
}
