package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	if id == 2 {
		panic(fmt.Sprintf("worker %d failed", id))
	}
}

func main() {
	fmt.Println("main starts")
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(2, &wg)
	wg.Wait()
	select {}
}
