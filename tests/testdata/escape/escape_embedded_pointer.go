package main

import "fmt"

type Base struct {
	id int
}

func (b *Base) ID() int { return b.id }

type Item struct {
	*Base
	label string
}

func newItem(id int) Item {
	return Item{Base: &Base{id: id}, label: "item"}
}

func main() {
	it := newItem(7)
	fmt.Println(it.ID(), it.id, it.label)
}
