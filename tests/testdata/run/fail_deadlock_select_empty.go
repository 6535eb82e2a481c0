package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine ran")
		done <- true
	}()
	<-done
	select {}
}
