package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func really(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	e := mayFail(false)
	fmt.Println(e == nil)
	fmt.Printf("%T\n", e)
	e2 := really(false)
	fmt.Println(e2 == nil)
	fmt.Printf("%T %v\n", e2, e2)
	var a, b interface{}
	fmt.Println(a == b)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "s", "s"
	fmt.Println(a == b)
	var c interface{} = [2]int{1, 2}
	fmt.Println(c == [2]int{1, 2}, c == interface{}([2]int{2, 1}))
}
