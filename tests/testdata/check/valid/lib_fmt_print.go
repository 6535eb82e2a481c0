package main

import "fmt"

type P struct {
	X, Y int
}

func main() {
	fmt.Println("Println", 1, 2.5, true, 'x', "s", nil)
	fmt.Print("Print", 1, 2, "a", "b", 3.5, true, "\n")
	fmt.Printf("Printf %d %s %v\n", 7, "str", []int{1})
	s := fmt.Sprintf("%05.1f|%-6s|%6s|%x", 3.14159, "ab", "cd", 255)
	fmt.Println(s)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, true))
	line := fmt.Sprintln("with", "newline")
	fmt.Print(line)
	fmt.Println(len(line))
	err := fmt.Errorf("code %d: %s", 404, "not found")
	fmt.Println(err)
	fmt.Println(err.Error() == "code 404: not found")
	inner := fmt.Errorf("inner")
	outer := fmt.Errorf("outer: %w", inner)
	fmt.Println(outer)
	n, _ := fmt.Println()
	fmt.Println(n)
	n, _ = fmt.Printf("%s\n", "count me")
	fmt.Println(n)
	p := P{1, 2}
	fmt.Println(p, &p, []P{p}, map[string]P{"k": p})
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%T %T %T %T\n", &p, []string{}, map[string]bool{}, nil)
}
