package main

func main() {
	ch := make(chan int, 1)
	if true
		ch <- 1
	}
}
