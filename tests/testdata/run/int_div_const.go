package main

import "fmt"

func main() {
	for i := -10; i <= 10; i += 3 {
		fmt.Println(i, i/3, i%3, i/4, i%4, i/-5, i%-5, i/16, i%16)
	}
	var u uint32 = 4000000000
	fmt.Println(u/3, u%3, u/1000, u%1000, u/1024, u%1024)
	var s int64 = -9223372036854775808
	fmt.Println(s/10, s%10, s/7, s%7)
	var b byte = 255
	fmt.Println(b/10, b%10, b/2, b%2)
}
