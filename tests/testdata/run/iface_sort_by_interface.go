package main

import "fmt"

type Lesser interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func sortIt(x Lesser) {
	for i := 1; i < x.Len(); i++ {
		for j := i; j > 0 && x.Less(j, j-1); j-- {
			x.Swap(j, j-1)
		}
	}
}

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Desc []int

func (d Desc) Len() int           { return len(d) }
func (d Desc) Less(i, j int) bool { return d[i] > d[j] }
func (d Desc) Swap(i, j int)      { d[i], d[j] = d[j], d[i] }

func main() {
	people := []Person{{"al", 30}, {"bo", 25}, {"cy", 35}, {"di", 25}}
	sortIt(ByAge(people))
	fmt.Println(people)
	nums := Desc{3, 9, 1, 7}
	sortIt(nums)
	fmt.Println(nums)
}
