package main

import "fmt"

type Item struct{ Qty int }

func main() {
	it := Item{Qty: 2}
	fmt.Println(Item.Qty, it)
}
