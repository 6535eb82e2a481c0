package main

import (
	"fmt"
	"sync"
)

func inc(p *int, wg *sync.WaitGroup) {
	*p += 5
	wg.Done()
}

func run() int {
	var wg sync.WaitGroup
	x := 1
	wg.Add(1)
	go inc(&x, &wg)
	wg.Wait()
	return x
}

func main() {
	fmt.Println(run())
}
