package main

func main() {
	total := 0
	pong := make(chan string)
	total, ok := <-pong
	_, _ = total, ok
}
