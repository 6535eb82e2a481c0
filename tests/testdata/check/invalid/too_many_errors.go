package main

import "fmt"

func main() {
	var a int = "one"
	var b int = "two"
	var c int = "three"
	var d string = 4
	var e string = 5
	var f bool = 6
	var g bool = "seven"
	var h float64 = "eight"
	var i int = true
	var j int = "ten"
	var k int = "eleven"
	var l int = "twelve"
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k, l)
}
