package main

import "fmt"

func nothing() {
	fmt.Println("in nothing")
	return
}

func one() int { return 1 }

func early(n int) string {
	if n < 0 {
		return "negative"
	}
	for i := 0; ; i++ {
		if i*i >= n {
			return fmt.Sprint("root ceiling ", i)
		}
	}
}

func viaSwitch(s string) int {
	switch s {
	case "a":
		return 1
	default:
		return 0
	}
}

func named() (a, b int) {
	a = 1
	b = 2
	return
}

func override() (a int) {
	a = 5
	return 6
}

func panics() int {
	panic("this function ends with panic, which is a terminating statement")
}

func main() {
	nothing()
	fmt.Println(one(), early(-1), early(10), viaSwitch("a"), viaSwitch("b"))
	fmt.Println(named())
	fmt.Println(override())
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(panics())
}
