package main

import "fmt"

type Animal struct {
	Name string
	legs int
}

func (a Animal) Describe() string {
	return a.Name + " walks"
}

type Dog struct {
	Animal
	Breed string
}

func name(d *Dog) string {
	return d.Name
}

func main() {
	d := Dog{Animal: Animal{Name: "Rex", legs: 4}, Breed: "lab"}
	fmt.Println(d.Name)
	fmt.Println(name(&d), d.legs, d.Describe())
}
