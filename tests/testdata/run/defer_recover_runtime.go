package main

import "fmt"

type T struct{ v int }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name, "->", err)
		} else {
			fmt.Println(name, "->", r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	catch("index", func() { _ = s[i] })
	j := -1
	catch("negative", func() { _ = s[j] })
	catch("slice", func() { _ = s[1:i] })
	k := 2
	catch("slice2", func() { _ = s[k:1] })
	zero := 0
	catch("div", func() { fmt.Println(10 / zero) })
	catch("mod", func() { fmt.Println(10 % zero) })
	var p *T
	catch("nil", func() { fmt.Println(p.v) })
	var m map[string]int
	catch("nilmap", func() { m["a"] = 1 })
	var x interface{} = "str"
	catch("assert", func() { _ = x.(int) })
	var y interface{}
	catch("assertnil", func() { _ = y.(int) })
	str := "abc"
	catch("string", func() { _ = str[i] })
	var arr [3]int
	catch("array", func() { arr[i%4+2] = 1 })
	fmt.Println("done")
}
