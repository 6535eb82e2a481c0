package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Println(s[0], s[1], s[2], string(s[0]), s[1:3], s[7:])
	fmt.Printf("%T %T\n", s[0], s[1:3])
	t := s[:1] + s[3:]
	fmt.Println(t, len(t))
	b := s[len(s)-1]
	fmt.Println(b, b == 0x8c)
	empty := ""
	fmt.Println(len(empty), empty == "", s[3:3] == "")
}
