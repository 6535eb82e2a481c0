package main

import "fmt"

func local() int {
	m := map[string]int{"a": 1, "b": 2}
	return m["a"] + m["b"]
}

func returned() map[string]int {
	return map[string]int{"c": 3}
}

func main() {
	fmt.Println(local(), returned()["c"])
}
