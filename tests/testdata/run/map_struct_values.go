package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func main() {
	accts := map[string]Account{"a1": {"ann", 100}, "b2": {"ben", 50}}
	a := accts["a1"]
	a.Balance += 25
	fmt.Println(accts["a1"].Balance, a.Balance)
	accts["a1"] = a
	fmt.Println(accts)
	ptrs := map[string]*Account{"c3": {"cid", 10}}
	ptrs["c3"].Balance *= 3
	fmt.Println(*ptrs["c3"])
	lists := map[string][]int{}
	lists["even"] = append(lists["even"], 2, 4)
	lists["odd"] = append(lists["odd"], 1)
	lists["even"] = append(lists["even"], 6)
	fmt.Println(lists, len(lists["none"]))
	nested := map[string]map[string]int{}
	for _, pair := range [][2]string{{"x", "a"}, {"x", "b"}, {"y", "a"}, {"x", "a"}} {
		inner, ok := nested[pair[0]]
		if !ok {
			inner = map[string]int{}
			nested[pair[0]] = inner
		}
		inner[pair[1]]++
	}
	fmt.Println(nested)
}
