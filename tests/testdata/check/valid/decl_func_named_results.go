package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func parse(s string) (n int, ok bool) {
	if len(s) == 0 {
		return
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	ok = true
	return
}

// A deferred closure can change a named result after the return statement.
func double(v int) (result int) {
	defer func() {
		result *= 2
	}()
	result = v
	return result + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	fmt.Println(split(17))
	n, ok := parse("12345")
	fmt.Println(n, ok)
	n, ok = parse("12a")
	fmt.Println(n, ok)
	n, ok = parse("")
	fmt.Println(n, ok)
	fmt.Println(double(10))
	q, err := safeDiv(10, 2)
	fmt.Println(q, err)
	q, err = safeDiv(1, 0)
	fmt.Println(q, err)
}
