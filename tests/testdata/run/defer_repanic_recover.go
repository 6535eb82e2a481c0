package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprint("re: ", r))
	}()
	panic("first")
}

func middle() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("middle caught %v", r)
		}
	}()
	inner()
	return nil
}

func main() {
	fmt.Println(middle())
	defer fmt.Println("main deferred runs")
	func() {
		defer func() {
			fmt.Println("caught:", recover())
		}()
		defer func() {
			panic("second panic replaces first")
		}()
		panic("original")
	}()
}
