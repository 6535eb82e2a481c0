package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, true))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", "y"), fmt.Sprint())
	fmt.Println(fmt.Sprint(1, "a", 2), fmt.Sprint(true, false), fmt.Sprint(nil, nil))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}), fmt.Sprint(1.5, "s", 'c'))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, "b"))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Print("print", 1, 2, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("no newline", "here")
	fmt.Print("\n")
	fmt.Println("", "", "x")
	fmt.Println()
	fmt.Println(nil, []int(nil), map[string]int(nil), error(nil))
	s := fmt.Sprintf("%d-%s", 5, "five")
	fmt.Println(s, len(s))
	type E struct{}
	fmt.Print(E{}, E{}, "\n")
	var ip *int
	fmt.Println(ip)
}
