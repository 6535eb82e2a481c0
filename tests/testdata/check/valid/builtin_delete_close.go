package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	delete(m, "b")
	delete(m, "zzz")
	fmt.Println(m, len(m))
	var nilMap map[string]int
	delete(nilMap, "x") // deleting from a nil map is a no-op
	fmt.Println(len(nilMap))
	for k := range m {
		delete(m, k)
	}
	fmt.Println(m)

	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)

	done := make(chan struct{})
	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func(id int) {
			<-done // all three wait until done is closed
			results <- "worker"
		}(i)
	}
	close(done)
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}
	var sendOnly chan<- int = make(chan int)
	close(sendOnly)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	close(ch)
}
