package main

import "fmt"

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	ages := map[string]int{"carol": 35, "alice": 30, "bob": 25, "dave": 40, "eve": 22}
	var keys []string
	for k := range ages {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %3d\n", k, ages[k])
	}
	total := 0
	for _, v := range ages {
		total += v
	}
	fmt.Println("total", total)
	inv := map[int]string{}
	for k, v := range ages {
		inv[v] = k
	}
	fmt.Println(inv)
}
