package main

import "fmt"

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"apple", 3, 0.5}, {"banana", 12, 0.25}, {"cherry", 100, 10}}
	fmt.Printf("%-8s|%5s|%8s\n", "name", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-8s|%5d|%8.2f\n", r.Name, r.Qty, r.Price)
	}
	fmt.Printf("[%6v][%-6v][%06v]\n", 42, 42, 42)
	fmt.Printf("[%6v][%-6v]\n", "ab", "ab")
	fmt.Printf("[%6v][%8v]\n", []int{1, 2}, Row{"a", 1, 2})
	fmt.Printf("[% x][% X][%# x]\n", "abc", []byte{1, 2}, "ab")
	fmt.Printf("[%+q][%#x][%#X][%#o][%#b]\n", "é", 255, 255, 8, 5)
	fmt.Printf("[%x][%-6x][%06x]\n", -1, 10, -10)
	fmt.Printf("[%5.1f][%-7.3e][%+.0f][% .1f]\n", 2.345, 1234.5, 2.5, 3.0)
	fmt.Printf("[%3s][%.0s][%-2s|]\n", "toolong", "gone", "x")
	fmt.Printf("[%v][%4v][%-4v]\n", true, false, true)
	fmt.Printf("[%05s][%05q]\n", "ab", "c")
}
