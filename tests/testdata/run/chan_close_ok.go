package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	close(ch)
	s, ok := <-ch
	fmt.Printf("%q %v\n", s, ok)
	s, ok = <-ch
	fmt.Printf("%q %v\n", s, ok)
	s = <-ch
	fmt.Printf("%q\n", s)
	done := make(chan struct{})
	results := make(chan int)
	go func() {
		defer close(results)
		for i := 0; i < 3; i++ {
			results <- i
		}
	}()
	go func() {
		for r := range results {
			fmt.Println("result", r)
		}
		close(done)
	}()
	<-done
	_, open := <-done
	fmt.Println("done closed:", !open)
	type P struct{ X int }
	pc := make(chan *P, 1)
	close(pc)
	p, ok := <-pc
	fmt.Println(p == nil, ok)
}
