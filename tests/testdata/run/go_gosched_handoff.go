package main

import (
	"fmt"
	"runtime"
)

func main() {
	turn := make(chan int)
	finished := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			v := <-turn
			fmt.Println("worker got", v)
			runtime.Gosched()
			turn <- v * 2
		}
		finished <- true
	}()
	x := 1
	for i := 0; i < 3; i++ {
		turn <- x
		x = <-turn
		fmt.Println("main got", x)
	}
	<-finished
	runtime.GC()
	fmt.Println("final", x)
}
