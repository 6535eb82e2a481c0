package main

import "fmt"

// sortStrings is an insertion sort; map iteration order is random,
// so keys are sorted before printing.
func sortStrings(xs []string) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func main() {
	stock := map[string]int{"pears": 3, "apples": 5, "figs": 0, "kiwis": 12}
	total := 0
	for _, n := range stock {
		total += n
	}
	fmt.Println("total", total)

	var keys []string
	for k := range stock {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		fmt.Println(k, stock[k])
	}

	// Deleting during iteration is allowed.
	for k, v := range stock {
		if v == 0 {
			delete(stock, k)
		}
	}
	fmt.Println(len(stock), stock)

	inverse := map[int]string{}
	for k, v := range stock {
		inverse[v] = k
	}
	fmt.Println(inverse)

	var nilMap map[string]bool
	for range nilMap {
		fmt.Println("never")
	}
	count := 0
	for range stock {
		count++
	}
	fmt.Println(count)
}
