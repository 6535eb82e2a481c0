package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func shadow() (n int) {
	n = 1
	{
		n := 2
		_ = n
	}
	return
}

func early(flag bool) (msg string, code int) {
	msg, code = "default", -1
	if flag {
		return "early", 1
	}
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(shadow())
	fmt.Println(early(true))
	fmt.Println(early(false))
}
