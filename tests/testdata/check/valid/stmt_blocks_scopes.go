package main

import "fmt"

var x = "package"

func show() { fmt.Println("show sees", x) }

func main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		{
			x = "block, assigned"
			fmt.Println(x)
		}
	}
	fmt.Println(x)
	show()
	for x := 0; x < 1; x++ {
		fmt.Println("loop x", x)
	}
	if x := 3.5; x > 1 {
		fmt.Println("if x", x)
	} else {
		fmt.Println("else sees same x", x)
	}
	switch x := true; x {
	case true:
		x := 'r'
		fmt.Println("case x", x)
	}
	type local struct{ v int }
	l := local{v: 1}
	fmt.Println(l)
	const c = "const in block"
	fmt.Println(c)
	// A predeclared identifier may be shadowed.
	len := 3
	fmt.Println(len)
	true := false
	fmt.Println(true)
}
