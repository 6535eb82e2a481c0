package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	data [64]byte
}

func churn(n int) int {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head}
	}
	count := 0
	for p := head; p != nil; p = p.next {
		count++
	}
	return count
}

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	release := make(chan bool)
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			<-release
		}()
	}
	for i := 0; i < 3; i++ {
		<-started
	}
	fmt.Println("goroutines while blocked:", runtime.NumGoroutine())
	close(release)

	fmt.Println(churn(1000))
	runtime.GC()
	fmt.Println("after GC")

	// Gosched yields: a goroutine can run while main waits on nothing else.
	done := false
	finished := make(chan bool, 1)
	go func() {
		finished <- true
	}()
	for !done {
		select {
		case <-finished:
			done = true
		default:
			runtime.Gosched()
		}
	}
	fmt.Println("yielded until done")
}
