package main

import "fmt"

type Resource struct{ name string }

func open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}

func (r *Resource) Close() { fmt.Println("close", r.name) }

func process(names []string) {
	for _, n := range names {
		r := open(n)
		defer r.Close()
	}
	fmt.Println("processing done")
}

func each(names []string) {
	for _, n := range names {
		func() {
			r := open(n)
			defer r.Close()
			fmt.Println("use", r.name)
		}()
	}
}

func main() {
	process([]string{"a", "b", "c"})
	each([]string{"x", "y"})
	trace := func(msg string) func() {
		fmt.Println("enter", msg)
		return func() { fmt.Println("leave", msg) }
	}
	defer trace("main")()
	fmt.Println("in main")
}
