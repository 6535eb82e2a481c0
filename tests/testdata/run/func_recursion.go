package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Println("move disk 3", from, "->", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func perms(prefix string, rest string, out *[]string) {
	if rest == "" {
		*out = append(*out, prefix)
		return
	}
	for i := 0; i < len(rest); i++ {
		perms(prefix+rest[i:i+1], rest[:i]+rest[i+1:], out)
	}
}

func main() {
	fmt.Println(fact(10), fact(20), fact(21))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	moves := 0
	hanoi(5, "A", "C", "B", &moves)
	fmt.Println("moves", moves)
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	var ps []string
	perms("", "abc", &ps)
	fmt.Println(ps)
}
