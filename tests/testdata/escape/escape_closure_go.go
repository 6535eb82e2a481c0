package main

import (
	"fmt"
	"sync"
)

func spawn() int {
	var wg sync.WaitGroup
	x := 1
	wg.Add(1)
	go func() {
		x++
		wg.Done()
	}()
	wg.Wait()
	return x
}

func main() {
	fmt.Println(spawn())
}
