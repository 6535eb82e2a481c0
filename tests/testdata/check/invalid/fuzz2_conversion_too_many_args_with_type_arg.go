package main

func main() {
	_ = byte(chan int, 1)
}
