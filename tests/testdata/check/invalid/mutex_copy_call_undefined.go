package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Finish()
	}()
	wg.Wait()
	fmt.Println("done")
}
