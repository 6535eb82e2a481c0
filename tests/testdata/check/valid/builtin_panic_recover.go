package main

import (
	"errors"
	"fmt"
)

func safely(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %v\n", name, r)
		}
	}()
	f()
	fmt.Println(name + ": no panic")
}

type custom struct{ code int }

func nested() (result string) {
	defer func() {
		r := recover()
		result = fmt.Sprint("nested recovered ", r)
	}()
	func() {
		defer fmt.Println("inner defer runs during panic")
		panic("deep")
	}()
	return "not reached"
}

func main() {
	safely("string", func() { panic("boom") })
	safely("error", func() { panic(errors.New("an error")) })
	safely("int", func() { panic(42) })
	safely("struct", func() { panic(custom{7}) })
	safely("fmt", func() { panic(fmt.Sprintf("bad value %d", 3)) })
	safely("index", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	safely("nil map", func() {
		var m map[string]int
		m["x"] = 1
	})
	safely("nil pointer", func() {
		var p *custom
		fmt.Println(p.code)
	})
	safely("divide", func() {
		a, b := 1, 0
		fmt.Println(a / b)
	})
	safely("conversion", func() {
		var i interface{} = "str"
		fmt.Println(i.(int))
	})
	safely("quiet", func() {})
	fmt.Println(nested())
	fmt.Println("recover outside panic:", recover())
}
