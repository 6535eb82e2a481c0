package main

import "fmt"

// Package-level variables are initialised in dependency order.
var total = base * factor
var base = 6
var factor = 7

var (
	name    string
	count   int = 3
	ratio       = 0.5
	enabled bool
)

var a, b, c = 1, "two", 3.0

var matrix [2][2]int

func main() {
	var x int
	var y = 10
	var z float64 = 2.5
	var p, q int = 4, 5
	var (
		s  string = "block"
		ok        = true
	)
	var u, v = "u", 'v'
	fmt.Println(total, base, factor)
	fmt.Println(name == "", count, ratio, enabled)
	fmt.Println(a, b, c)
	fmt.Println(matrix)
	fmt.Println(x, y, z, p, q, s, ok, u, v)
	var ptr *int
	var sl []int
	var mp map[string]int
	var fn func(int) int
	var ch chan int
	var iface interface{}
	var err error
	fmt.Println(ptr == nil, sl == nil, mp == nil, fn == nil, ch == nil, iface == nil, err == nil)
	x = y + p
	fmt.Println(x)
	_ = q
}
