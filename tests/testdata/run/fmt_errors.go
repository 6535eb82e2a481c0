package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "x", 3.5)
	fmt.Printf("no verbs\n", true)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%f\n", "str")
	fmt.Printf("%x %d\n", true, 2.5)
	fmt.Printf("%c\n", "c")
	fmt.Printf("%.*d|%*d\n", "a", 1, 2)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d %s\n", []string{"a"}, []int{1})
	fmt.Printf("trailing %")
	fmt.Println()
	s := fmt.Sprintf("%d%%", 50)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%v", []interface{}{1, "a", nil, 2.5}))
}
