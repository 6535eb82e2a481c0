package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	items := []Item{{"a", 1}, {"b", 2}, {"c", 3}}
	for _, it := range items {
		it.Count *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].Count *= 10
	}
	fmt.Println(items)
	p := &items[1]
	p.Name = "B"
	fmt.Println(items[1], *p)
	items = append(items, Item{"d", 4})
	p.Count = -1
	fmt.Println(items[1].Count, p.Count)
	ptrs := []*Item{{"x", 1}, {"y", 2}}
	for _, q := range ptrs {
		q.Count += 100
	}
	fmt.Println(*ptrs[0], *ptrs[1], len(ptrs))
	fmt.Printf("%v %+v\n", items[:2], items[3])
}
