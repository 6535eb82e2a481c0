package main

import "fmt"

func main() {
	ages := map[string]int{
		"ann": 30,
		"bob": 25,
		"ann": 31,
	}
	fmt.Println(ages)
}
