package main

import "fmt"

func main() {
	ch := make(chan int, 4)
	ch <- 1
	ch <- 2
	ch <- 3
	// A receive is an expression: it can appear anywhere a value can.
	sum := <-ch + <-ch
	fmt.Println(sum)
	fmt.Println(<-ch * 10)

	ch <- 5
	v, ok := <-ch
	fmt.Println(v, ok)
	close(ch)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch) // zero value from a closed channel

	chOfCh := make(chan chan string, 1)
	inner := make(chan string, 1)
	chOfCh <- inner
	inner <- "nested"
	fmt.Println(<-<-chOfCh)

	results := make(chan func() int, 1)
	results <- func() int { return 99 }
	fmt.Println((<-results)())
	done := make(chan struct{})
	go func() {
		defer close(done)
	}()
	<-done
	_, open := <-done
	fmt.Println(open)
}
