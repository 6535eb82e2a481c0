package main

import "fmt"

type Point struct{ x, y int }

var last *Point

func classify(v interface{}) string {
	switch p := v.(type) {
	case *Point:
		last = p
		return "point"
	case *int:
		return fmt.Sprint("int ", *p)
	case string:
		return p
	}
	return "other"
}

func main() {
	n := 5
	fmt.Println(classify(&Point{1, 2}), classify(&n), classify("s"), last.x)
}
