package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%q|%v|%x|%X|% x|%#q\n", s, s, s, s, s, s, "back`tick")
	fmt.Printf("%10s|%-10s|%.2s|%8.3s|%-8.3q|\n", s, s, s, s, s)
	fmt.Printf("%q %q %q %+q\n", "tab\there", "quote\"", "日本", "日本")
	fmt.Printf("%#q %#q\n", "raw", "has\nnewline")
	fmt.Printf("%s %v %q\n", []string{"a", "b c"}, []string{"x"}, []string{"p", "q"})
	fmt.Printf("%s|%5s|%-4s|\n", []byte("bytes"), "ab", "c")
	fmt.Printf("%x %X\n", "hello", "Go")
	fmt.Printf("%c|%c\n", 'é', 128512)
	fmt.Printf("%v|%s|\n", "", "")
	fmt.Printf("%%|%5%|%c\n", 'z')
}
