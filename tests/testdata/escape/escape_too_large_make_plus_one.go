package main

import "fmt"

func bigMake() int {
	s := make([]byte, 64<<10+1)
	s[0] = 1
	return int(s[0])
}

func main() {
	fmt.Println(bigMake())
}
