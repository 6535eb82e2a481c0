package main

import (
	"errors"
	"fmt"
)

type Speaker interface{ Speak() string }
type Walker interface{ Walk() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }
func (d Dog) Walk() string  { return d.name + " walks" }

type Rock struct{}

func main() {
	var x interface{} = 42
	n := x.(int)
	fmt.Println(n + 1)

	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)

	var sp Speaker = Dog{"rex"}
	// Asserting to another interface checks the dynamic type's methods.
	if w, ok := sp.(Walker); ok {
		fmt.Println(w.Walk())
	}
	d := sp.(Dog)
	fmt.Println(d.name)

	var thing interface{} = Rock{}
	_, isSpeaker := thing.(Speaker)
	fmt.Println(isSpeaker)

	var err error = errors.New("boom")
	if _, ok := err.(interface{ Timeout() bool }); !ok {
		fmt.Println("not a timeout error:", err)
	}

	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var empty interface{}
	_, ok = empty.(int)
	fmt.Println("nil ok:", ok)
	fmt.Println(thing.(Speaker).Speak())
}
