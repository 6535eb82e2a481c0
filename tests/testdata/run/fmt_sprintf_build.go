package main

import (
	"fmt"
	"strings"
)

type Money int

func (m Money) String() string {
	return fmt.Sprintf("$%d.%02d", int(m)/100, int(m)%100)
}

func main() {
	var lines []string
	for i, m := range []Money{5, 1999, 100000} {
		lines = append(lines, fmt.Sprintf("%d:%v:%s:%d", i, m, m, m))
	}
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Println(fmt.Sprint(Money(250), Money(1)))
	fmt.Println(fmt.Sprintln("x", Money(7)) + "end")
	fmt.Printf("%v %v\n", []Money{1, 2}, map[string]Money{"a": 3})
	fmt.Printf("%5v|%-8v|%q\n", Money(1), Money(2), Money(3))
	table := fmt.Sprintf("%-4s%4s", "id", "val")
	fmt.Printf("%q %d\n", table, len(table))
	fmt.Println(fmt.Errorf("wrap %d: %w", 1, fmt.Errorf("inner")))
}
