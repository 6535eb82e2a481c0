package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{}

func (Dog) Sound() string { return "woof" }
func (Cat) Sound() string { return "meow" }

func main() {
	animals := []Animal{Dog{}, Dog{}, Cat{}}
	for i, a := range animals {
		d := a.(Dog)
		fmt.Println(i, d.Sound())
	}
}
