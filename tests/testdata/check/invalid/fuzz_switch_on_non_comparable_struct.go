package main

import "fmt"

type Bag struct{ items []int }

func main() {
	b := Bag{}
	switch b {
	}
	fmt.Println(b)
}
