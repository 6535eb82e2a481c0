package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start", runtime.NumGoroutine())
	release := make(chan struct{})
	var started, finished sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			started.Done()
			<-release
			finished.Done()
		}()
	}
	started.Wait()
	fmt.Println("blocked", runtime.NumGoroutine())
	close(release)
	finished.Wait()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("end", runtime.NumGoroutine())
}
