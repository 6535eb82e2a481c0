package main

import (
	"fmt"
	"sync"
)

func square(v int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[v] = v * v
}

func main() {
	out := make([]int, 4)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go square(i, out, &wg)
	}
	wg.Wait()
	fmt.Println(out)
}
