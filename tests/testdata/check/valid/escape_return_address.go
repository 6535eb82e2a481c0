package main

import "fmt"

type User struct {
	Name string
	Age  int
}

// x outlives the call, so Go moves it to the heap ("moved to heap: x").
func newCounter() *int {
	x := 0
	return &x
}

// &User{...} escapes to heap.
func newUser(name string) *User {
	return &User{Name: name, Age: 1}
}

// new(User) escapes to heap.
func blankUser() *User {
	u := new(User)
	u.Name = "blank"
	return u
}

// A value copy does not escape.
func userValue(name string) User {
	u := User{Name: name}
	return u
}

func main() {
	c := newCounter()
	*c += 5
	fmt.Println(*c)
	u := newUser("ann")
	u.Age++
	fmt.Println(u.Name, u.Age)
	fmt.Println(blankUser().Name, userValue("val").Name)
}
