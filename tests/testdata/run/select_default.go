package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 5
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 1
	select {
	case ch <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("buffer full")
	}
	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("impossible")
	case <-nilch:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels never ready")
	}
	count := 0
	for i := 0; i < 5; i++ {
		select {
		case ch <- i:
			count++
		default:
		}
		<-ch
	}
	fmt.Println(count)
}
