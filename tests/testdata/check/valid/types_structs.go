package main

import "fmt"

type Address struct {
	Street string
	City   string
}

type Person struct {
	Name    string
	Age     int
	Address Address
	Tags    []string
	parent  *Person
}

type empty struct{}

func main() {
	p := Person{Name: "Ada", Age: 36, Address: Address{"1 Main St", "London"}}
	p.Tags = append(p.Tags, "math")
	fmt.Println(p.Name, p.Age, p.Address.City, p.Tags)
	fmt.Printf("%+v\n", p.Address)
	fmt.Printf("%#v\n", p.Address)

	q := p // struct assignment copies
	q.Name = "Bob"
	q.Address.City = "Paris"
	fmt.Println(p.Name, p.Address.City, q.Name, q.Address.City)

	child := Person{Name: "Kid", parent: &p}
	fmt.Println(child.parent.Name, child.parent.Address.Street)

	a1 := Address{"x", "y"}
	a2 := Address{Street: "x", City: "y"}
	fmt.Println(a1 == a2, a1 != Address{})

	anon := struct {
		X, Y int
		Label string
	}{1, 2, "pt"}
	fmt.Println(anon, anon.Label)

	var zero Person
	fmt.Println(zero.Name == "", zero.Age, zero.Tags == nil, zero.parent == nil)

	var e empty
	fmt.Println(e, struct{}{} == e)

	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	fmt.Println(points)
}
