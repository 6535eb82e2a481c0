package main

import "fmt"

func main() {
	var nilCh chan int
	select {
	case v %= <-nilCh:
		fmt.Println(v)
	default:
	}
}
