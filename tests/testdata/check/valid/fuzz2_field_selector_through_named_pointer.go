package main

type Base struct{ ID int }

type P2 *Base

func main() {
	var p P2 = &Base{ID: 7}
	p.ID++
	println(p.ID, (*p).ID)
}
