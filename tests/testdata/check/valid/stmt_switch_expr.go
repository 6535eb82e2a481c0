package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "other"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	default:
		out = append(out, "default")
	case 2:
		out = append(out, "two")
		fallthrough
	case 3:
		out = append(out, "three")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	fmt.Println(kind('e'), kind(' '), kind('x'))
	for i := 0; i < 5; i++ {
		fmt.Println(i, fall(i))
	}
	// Switch with an init statement.
	switch x := 5 * 3; x % 4 {
	case 0:
		fmt.Println("divisible")
	case 3:
		fmt.Println("remainder three")
	}
	// break inside a switch leaves the switch.
	switch s := "go"; s {
	case "go":
		if len(s) == 2 {
			fmt.Println("short")
			break
		}
		fmt.Println("not printed")
	}
	// Switch on strings and on a tagless condition with init.
	switch lang := "minigo"; {
	case len(lang) > 3:
		fmt.Println("long name")
	}
	switch {
	}
	var f float64 = 2.5
	switch f {
	case 2.5:
		fmt.Println("float case")
	}
}
